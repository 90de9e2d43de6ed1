# ctest deb_lintian: `cpack -G DEB` into a temporary folder, then lintian on the package: no
# error may remain (the warnings left and why are in docs/packaging.md). The Depends line must
# come from shlibdeps: Qt and libpcap's packages, with versions.
# -DBUILD_DIR=... -DWORK_DIR=... -DLINTIAN=...
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND cpack -G DEB -B ${WORK_DIR} --config ${BUILD_DIR}/CPackConfig.cmake
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs ${WORK_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends OUTPUT_STRIP_TRAILING_WHITESPACE)
foreach(lib libqt6widgets6 libqt6core6 libpcap0.8 libc6)
  if(NOT depends MATCHES "${lib} \\(>= ")
    message(FATAL_ERROR "Depends does not come from shlibdeps (no versioned ${lib}): ${depends}")
  endif()
endforeach()
execute_process(COMMAND ${LINTIAN} --no-tag-display-limit ${debs}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(out MATCHES "(^|\n)E: ")
  message(FATAL_ERROR "lintian reports errors on ${debs}")
endif()
message(STATUS "Depends: ${depends}")
file(REMOVE_RECURSE ${WORK_DIR})
