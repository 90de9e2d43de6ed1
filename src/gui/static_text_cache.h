#pragma once
#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>

namespace tcplab {

// Laid-out copies of short texts a view draws every frame (segment labels, state names):
// shaping text is most of what painting costs, and these texts repeat from frame to frame.
class StaticTextCache {
public:
    // The text laid out in `font`, made once; valid until the next call.
    const QStaticText& get(const QString& text, const QFont& font)
    {
        if (font != font_) {
            texts_.clear();
            font_ = font;
        }
        if (texts_.size() > kMaxTexts)
            texts_.clear();
        auto it = texts_.find(text);
        if (it == texts_.end()) {
            QStaticText laid(text);
            laid.setTextFormat(Qt::PlainText);
            laid.prepare(QTransform(), font);
            it = texts_.insert(text, laid);
        }
        return *it;
    }

private:
    static constexpr qsizetype kMaxTexts = 4096;
    QFont font_;
    QHash<QString, QStaticText> texts_;
};

} // namespace tcplab
