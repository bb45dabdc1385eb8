# vt_add_module(NAME [DEPS module...] [LIBS target...])
#
# One static library per folder src/NAME: every *.cpp there except *_test.cpp
# and *_fuzz.cpp. The *_test.cpp files beside the code become one GoogleTest
# binary, NAME_tests, registered with ctest. Sources are globbed so that a new
# concept is one new file, not an edit of a shared build file.
function(vt_add_module name)
  cmake_parse_arguments(ARG "" "" "DEPS;LIBS;TEST_LIBS" ${ARGN})
  set(dir "${CMAKE_CURRENT_SOURCE_DIR}/${name}")
  file(GLOB_RECURSE all_sources CONFIGURE_DEPENDS "${dir}/*.cpp")
  set(lib_sources)
  set(test_sources)
  foreach(f IN LISTS all_sources)
    if(f MATCHES "_test\\.cpp$")
      list(APPEND test_sources "${f}")
    elseif(NOT f MATCHES "_fuzz\\.cpp$")
      list(APPEND lib_sources "${f}")
    endif()
  endforeach()

  set(target vt_${name})
  if(NOT lib_sources)
    # A module still being written: headers only so far.
    file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/${name}_empty.cpp" "")
    set(lib_sources "${CMAKE_CURRENT_BINARY_DIR}/${name}_empty.cpp")
  endif()
  add_library(${target} STATIC ${lib_sources})
  target_include_directories(${target} PUBLIC "${CMAKE_SOURCE_DIR}/src")
  foreach(dep IN LISTS ARG_DEPS)
    target_link_libraries(${target} PUBLIC vt_${dep})
  endforeach()
  target_link_libraries(${target} PRIVATE ${ARG_LIBS})
  target_compile_definitions(${target} PRIVATE
    VT_SHARED_DIR="${VT_SHARED_DIR}" VT_BUILD_DATA_DIR="${VT_BUILD_DATA_DIR}")

  if(VT_TESTS AND test_sources)
    add_executable(${name}_tests ${test_sources})
    target_link_libraries(${name}_tests PRIVATE ${target} ${ARG_LIBS} ${ARG_TEST_LIBS}
                          GTest::gtest GTest::gtest_main GTest::gmock)
    target_compile_definitions(${name}_tests PRIVATE
      VT_SHARED_DIR="${VT_SHARED_DIR}" VT_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
      VT_BUILD_DATA_DIR="${VT_BUILD_DATA_DIR}")
    gtest_discover_tests(${name}_tests
      TEST_PREFIX "${name}."
      WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
      DISCOVERY_TIMEOUT 60)
  endif()
endfunction()
