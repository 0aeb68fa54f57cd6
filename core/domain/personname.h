#pragma once

#include <QString>

namespace cc {

class PersonNames {
public:
    // A name as lists left with other people show it (a batch's hand-over
    // list): a Chinese name keeps its first and last character, the others
    // become ○ (王小明 → 王○明, 林一 → 林○); a name in Latin letters keeps the
    // first letter of each word (CHEN MEI LING → C*** M** L***, SMITH → S****).
    static QString masked(const QString &name);
    // A name as a search compares it: compatibility forms folded (full-width
    // letters), case folded, spaces, hyphens and middle dots dropped
    // ("LIN Yi-jun", "Lin Yijun" and "ＬＩＮ　ＹＩＪＵＮ" are one key).
    static QString searchKey(const QString &name);
};

} // namespace cc
