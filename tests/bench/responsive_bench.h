#pragma once
#include <string>

// How long the main window's event loop is held, at worst, while it seeks to the end of the
// heaviest runs issue 14 names (hundreds of thousands of trace records reach the views at
// once). Returns the JSON object {"mss1_1mb":{…},"keepalive_1ms":{…}}.
std::string measureResponsiveness(int argc, char* argv[]);
