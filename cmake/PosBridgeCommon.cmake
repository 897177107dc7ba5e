# Compile options shared by every target of the project, and the helpers that
# create layer libraries and tests.

add_library(posbridge_common INTERFACE)
target_compile_features(posbridge_common INTERFACE cxx_std_20)
target_compile_options(posbridge_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
target_compile_definitions(posbridge_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    POSBRIDGE_VERSION="${PROJECT_VERSION}"
    POSBRIDGE_APP_ID="${POSBRIDGE_APP_ID}")

# Each layer's headers are reachable only as "<layer>/file.h" through a directory
# that holds a single link named after the layer. A target sees a layer's headers
# only when it links that layer, so an include that crosses the layering the wrong
# way fails to compile.
set(POSBRIDGE_LAYER_INCLUDE_ROOT "${CMAKE_BINARY_DIR}/layer-include")

function(posbridge_add_layer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LINKS;PRIVATE_LINKS" ${ARGN})
    set(target posbridge_${name})
    qt_add_library(${target} STATIC ${ARG_SOURCES})
    set(include_dir "${POSBRIDGE_LAYER_INCLUDE_ROOT}/${name}")
    file(MAKE_DIRECTORY "${include_dir}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${include_dir}/${name}" SYMBOLIC)
    target_include_directories(${target} PUBLIC "${include_dir}")
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LINKS} PRIVATE posbridge_common ${ARG_PRIVATE_LINKS})
endfunction()

# Registers a QtTest executable as a CTest test. LINKS names only the layers the
# test needs; LABELS groups tests (keychain, gui, sandbox, slow) for ctest -L.
function(posbridge_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LINKS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE posbridge_common Qt6::Test ${ARG_LINKS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        # Each test keeps its QSettings in the build tree, never in the developer's own settings.
        ENVIRONMENT "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-settings/${name};QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;POSBRIDGE_SANDBOX=$<TARGET_FILE:posbridge-sandbox>;POSBRIDGE_APP=$<TARGET_FILE:posbridge>;QT_LOGGING_RULES=posbridge.*.debug=false")
endfunction()
