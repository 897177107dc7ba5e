# Runs clang-format in check mode over every C++ source of the project.
# Usage: cmake -DCLANG_FORMAT=<program> -DSOURCE_DIR=<root> -P CheckFormat.cmake
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.h"
    "${SOURCE_DIR}/tools/*.cpp" "${SOURCE_DIR}/tools/*.h")
execute_process(
    COMMAND "${CLANG_FORMAT}" --dry-run --Werror --style=file ${sources}
    RESULT_VARIABLE status
    ERROR_VARIABLE diagnostics)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "These files differ from .clang-format; run clang-format -i on them:\n${diagnostics}")
endif()
