# Fails when a .ts file is not complete for the current sources (CTest: translations_complete).
# Inputs: LUPDATE (the lupdate binary), PROJECT (the .lupdate/<target>_project.cmake that
# qt_add_translations writes at configure time: sources, include paths and .ts files of the
# real update_translations target), CHECKER (test_ts_files), WORK_DIR (scratch directory).
#
# The committed .ts files are never written: lupdate refreshes copies in WORK_DIR with exactly
# the sources update_translations would scan, and the checker reads both the committed files and
# the copies. In a copy, a string missing from the committed file appears as unfinished and a
# string gone from the sources as vanished.
foreach(var LUPDATE PROJECT CHECKER WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_translations.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT EXISTS "${PROJECT}")
  message(FATAL_ERROR "${PROJECT} does not exist: configure the project with the GUI enabled")
endif()
include("${PROJECT}")
get_filename_component(root "${lupdate_project_file}" DIRECTORY)

set(sources "")
foreach(path IN LISTS lupdate_sources)
  get_filename_component(path "${path}" ABSOLUTE BASE_DIR "${root}")
  if(EXISTS "${path}")
    string(APPEND sources "\"${path}\", ")
  endif()
endforeach()
string(REGEX REPLACE ", $" "" sources "${sources}")

set(include_paths "")
foreach(path IN LISTS lupdate_include_paths)
  string(APPEND include_paths "\"${path}\", ")
endforeach()
string(REGEX REPLACE ", $" "" include_paths "${include_paths}")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
set(checked "")
foreach(ts IN LISTS lupdate_translations)
  get_filename_component(ts "${ts}" ABSOLUTE BASE_DIR "${root}")
  get_filename_component(name "${ts}" NAME)
  get_filename_component(label "${ts}" NAME_WE)
  file(COPY "${ts}" DESTINATION "${WORK_DIR}")
  string(APPEND copies "\"${WORK_DIR}/${name}\", ")
  list(APPEND checked "${label}=${ts}" "${label} after lupdate=${WORK_DIR}/${name}")
endforeach()
string(REGEX REPLACE ", $" "" copies "${copies}")

file(WRITE "${WORK_DIR}/project.json"
  "{\n  \"projectFile\": \"${lupdate_project_file}\",\n  \"includePaths\": [ ${include_paths} ],\n"
  "  \"sources\": [ ${sources} ],\n  \"translations\": [ ${copies} ]\n}\n")
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -locations none -silent
                RESULT_VARIABLE lupdate_result)
if(NOT lupdate_result EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${lupdate_result})")
endif()

string(REPLACE ";" "|" checked "${checked}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "TCPLAB_TS_FILES=${checked}" "${CHECKER}"
                RESULT_VARIABLE checker_result)
if(NOT checker_result EQUAL 0)
  message(FATAL_ERROR "the .ts files are not complete; run the update_translations target, "
                      "translate what it marks unfinished and delete what it marks vanished")
endif()
