# Settings every target of ours shares: warnings as errors, Qt's strict string
# and keyword rules, and includes relative to the source root ("core/…").
function(citizencard_configure_target target)
    cmake_parse_arguments(arg "ALLOW_ASCII_CASTS" "" "" ${ARGN})
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
    if(NOT arg_ALLOW_ASCII_CASTS)
        # Production code says which encoding a literal is in; tests may be terse.
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER)
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
endfunction()

# One Qt Test executable per test file, registered with CTest.
#   citizencard_add_test(tst_name SOURCES … LIBRARIES … [ENVIRONMENT …] [LABELS …])
function(citizencard_add_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LIBRARIES;ENVIRONMENT;LABELS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    citizencard_configure_target(${name} ALLOW_ASCII_CASTS)
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        CITIZENCARD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        CITIZENCARD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=;QT_LOGGING_RULES=citizencard.*.debug=false\\;citizencard.*.info=false;${arg_ENVIRONMENT}")
endfunction()
