#pragma once
#include <cstddef>
#include <vector>

namespace tcplab {

// A first-in first-out queue on one vector: nothing is allocated until the first push, and the
// storage is reused once drained. Replaces std::deque in each connection, whose empty
// construction alone allocates twice (a map and a 512-byte block) — per socket, per connection.
template <typename T> class SmallFifo {
public:
    bool empty() const { return head_ == items_.size(); }
    std::size_t size() const { return items_.size() - head_; }
    T& front() { return items_[head_]; }
    const T& front() const { return items_[head_]; }
    void push_back(T item) { items_.push_back(std::move(item)); }
    void pop_front()
    {
        items_[head_] = T(); // release what the item holds (shared payload text) now
        if (++head_ == items_.size()) {
            items_.clear();
            head_ = 0;
        }
    }
    template <typename F> void forEach(F&& visit) const
    {
        for (std::size_t i = head_; i < items_.size(); ++i)
            visit(items_[i]);
    }
    // Item i from the front (0 = front()).
    T& operator[](std::size_t i) { return items_[head_ + i]; }
    const T& operator[](std::size_t i) const { return items_[head_ + i]; }

private:
    std::vector<T> items_;
    std::size_t head_ = 0;
};

} // namespace tcplab
