#pragma once
#include <string>

// Frame figures of the main window: the median time to render it (1920x1080, ~200 segments in
// the ladder, both state diagrams) into an image, and the time from process start to its first
// painted frame (a child process of this benchmark, timed from its spawn).
inline constexpr const char* kFirstFrameChildFlag = "--first-frame-child";

int firstFrameChild(int argc, char* argv[]);
// Returns the JSON object {"median_ms":…,"first_frame_ms":…,…}.
// `imagePath` (may be empty) receives the last frame rendered, to see what was measured.
std::string measureFrame(int argc, char* argv[], int frames, const char* imagePath);
