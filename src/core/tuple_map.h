#pragma once
#include "segment.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tcplab {

// A hash map from 4-tuple to V with open addressing (linear probing, backward-shift erase):
// one probe into a flat array per lookup, no node allocated per entry. Every arriving segment
// is looked up here, so it matters for runs with many thousands of connections.
template <typename V> class TupleMap {
public:
    TupleMap() { slots_.resize(kInitialSlots); }

    V* find(const FourTuple& key)
    {
        for (std::size_t i = home(key);; i = (i + 1) & mask()) {
            Slot& s = slots_[i];
            if (!s.used)
                return nullptr;
            if (s.key == key)
                return &s.value;
        }
    }
    const V* find(const FourTuple& key) const { return const_cast<TupleMap*>(this)->find(key); }

    // The value for `key`, inserted value-initialised when absent.
    V& operator[](const FourTuple& key)
    {
        if ((size_ + 1) * 2 > slots_.size())
            grow();
        for (std::size_t i = home(key);; i = (i + 1) & mask()) {
            Slot& s = slots_[i];
            if (!s.used) {
                s.used = true;
                s.key = key;
                s.value = V();
                ++size_;
                return s.value;
            }
            if (s.key == key)
                return s.value;
        }
    }

    void erase(const FourTuple& key)
    {
        std::size_t i = home(key);
        for (;; i = (i + 1) & mask()) {
            if (!slots_[i].used)
                return;
            if (slots_[i].key == key)
                break;
        }
        // Backward shift: pull later entries of the probe run into the hole, so lookups never
        // need tombstones.
        for (std::size_t j = (i + 1) & mask();; j = (j + 1) & mask()) {
            if (!slots_[j].used)
                break;
            const std::size_t h = home(slots_[j].key);
            const bool movable = i <= j ? (h <= i || h > j) : (h <= i && h > j);
            if (movable) {
                slots_[i] = slots_[j];
                i = j;
            }
        }
        slots_[i].used = false;
        slots_[i].value = V();
        --size_;
    }

    std::size_t size() const { return size_; }

private:
    static constexpr std::size_t kInitialSlots = 64; // 2^6: see shift_
    struct Slot {
        FourTuple key;
        V value {};
        bool used = false;
    };
    std::size_t mask() const { return slots_.size() - 1; }
    // Fibonacci hashing on top of FourTupleHash: consecutive ports (an ephemeral range) land
    // far apart, so probe runs stay short even when thousands of neighbours are present.
    std::size_t home(const FourTuple& key) const
    {
        const std::uint64_t h = static_cast<std::uint64_t>(FourTupleHash {}(key)) * 0x9E3779B97F4A7C15ull;
        return static_cast<std::size_t>(h >> shift_);
    }
    void grow()
    {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        --shift_;
        size_ = 0;
        for (const Slot& s : old)
            if (s.used)
                (*this)[s.key] = s.value;
    }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
    int shift_ = 64 - 6; // 64 - log2(slots)
};

} // namespace tcplab
