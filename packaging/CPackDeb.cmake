# `cpack -G DEB` in the build folder: a Debian 12 package of the installed layout
# (resources/desktop/CMakeLists.txt). Depends come from the shared libraries the programs
# link (dpkg-shlibdeps), so the package asks for exactly the Qt and libpcap it was built with.
# Warnings lintian still gives are listed, with why, in docs/packaging.md.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tcplab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The TCP State Lab authors")
set(TCPLAB_MAINTAINER "The TCP State Lab authors <maintainers@tcplab.example.org>"
    CACHE STRING "The Debian package's Maintainer field")
set(CPACK_PACKAGE_CONTACT "${TCPLAB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "simulator that shows TCP's state machine at work")
# The long description only: CPack puts the summary above it as the synopsis, indents every
# line and writes an empty one as " ." (Debian policy §5.6.13).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "TCP State Lab shows two TCP peers opening, using and closing a connection,
step by step: both peers' RFC 9293 state diagrams around a sequence
diagram, the timers, and an event log that explains each segment. Faults
(drop, delay, duplicate), profiles (RFC, Linux, Windows) and built-in
lessons on TIME_WAIT, CLOSE_WAIT, SYN floods and keepalive; real captures
(pcap, pcapng) replayed in the diagrams. English and Simplified Chinese.

This package has the window (tcplab) and the command line (tcplab-cli).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The platform plugins (xcb, offscreen) come with libqt6gui6 and the SVG icon engine with
# libqt6svg6, both found by shlibdeps. The Chinese interface needs a CJK font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "tcpdump")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
include(CPack)
