# Fails when a C++ file under src/, app/ or tests/ differs from what the checked-in
# .clang-format makes of it. Run from the source tree (ctest -R clang_format); to fix:
#   clang-format -i $(git ls-files 'src/*.cpp' 'src/*.h' 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h')
if(NOT CLANG_FORMAT)
  message(FATAL_ERROR "clang-format not found (Debian: apt-get install clang-format; scripts/setup.sh does it)")
endif()
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h
     ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
     ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
list(SORT files)
set(differ "")
foreach(file IN LISTS files)
  execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run --Werror ${file}
                  WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
  if(NOT result EQUAL 0)
    list(APPEND differ ${file})
  endif()
endforeach()
list(LENGTH files total)
if(differ)
  list(LENGTH differ count)
  list(JOIN differ "\n  " shown)
  message(FATAL_ERROR "${count} of ${total} files differ from .clang-format:\n  ${shown}")
endif()
message(STATUS "all ${total} files formatted")
