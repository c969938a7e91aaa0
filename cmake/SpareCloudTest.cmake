# sparecloud_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s] [GUI] [ENVIRONMENT ...])
# Registers one Qt Test executable. GUI tests run with QT_QPA_PLATFORM=offscreen.
set(SPARECLOUD_TRAFFIC_DIR "${PROJECT_BINARY_DIR}/test-traffic")
function(sparecloud_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "sparecloud_add_test(${name}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_SOURCES)
        message(FATAL_ERROR "sparecloud_add_test(${name}): SOURCES is required")
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()

    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE sparecloud_settings Qt6::Test ${arg_LIBS})
    target_compile_definitions(${name} PRIVATE
        SPARECLOUD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SPARECLOUD_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})

    # Every broker a test starts records its traffic for the opaqueness scan
    # (tests/opaqueness), which runs after all the others.
    set(env "QT_LOGGING_RULES=*.debug=false" "SPARECLOUD_TRAFFIC_DIR=${SPARECLOUD_TRAFFIC_DIR}"
        "SPARECLOUD_FAST_PASSWORD_HASHING=1" ${arg_ENVIRONMENT})
    if(arg_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND arg_LABELS gui)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}"
        ENVIRONMENT "${env}"
        DEPENDS opaqueness_reset)
    set_property(GLOBAL APPEND PROPERTY SPARECLOUD_ALL_TESTS ${name})
endfunction()
