# Runs lupdate over the translatable sources into a scratch file and fails when lupdate cannot
# tell the context of a tr() call: such strings would never be translated at run time.
# Usage: cmake -DLUPDATE=<program> -DSOURCE_DIR=<root> -DWORK_DIR=<dir> -P CheckTranslatable.cmake
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/ui/*.ui")
list(FILTER sources EXCLUDE REGEX "/src/sandbox/")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(list_file "${WORK_DIR}/translatable-sources.lst")
list(JOIN sources "\n" listing)
file(WRITE "${list_file}" "${listing}\n")
execute_process(
    COMMAND "${LUPDATE}" "@${list_file}" -no-obsolete -ts "${WORK_DIR}/scratch_fr.ts"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE diagnostics)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${diagnostics}")
endif()
string(REGEX MATCHALL "[^\n]*(cannot be called without context|lacks Q_OBJECT macro|Cannot invoke tr)[^\n]*"
    problems "${output}\n${diagnostics}")
if(problems)
    list(JOIN problems "\n" problem_text)
    message(FATAL_ERROR "lupdate cannot extract these strings; use tr() inside a QObject or a class with "
        "Q_DECLARE_TR_FUNCTIONS, or QCoreApplication::translate with a literal context:\n${problem_text}")
endif()
