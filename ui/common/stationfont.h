#pragma once

namespace cc {

// The login page's title is this much larger than the text.
inline constexpr double kTitleScale = 1.6;

// The counter's typeface: Noto Sans CJK TC first, whatever the interface
// language, for the Taiwan glyph forms of names and addresses; it has Latin
// too, so a string needs no search for a fallback face. The platform's
// default stays behind it on a system without it. Call once, after the
// QApplication exists.
void useStationFont();

// Loads the faces the login page draws with (its sizes, Han and Latin) into
// this thread's font cache. The app calls it on the GUI thread while the
// store opens on another, so the window is built with the fonts ready.
void loadStationFont();

} // namespace cc
