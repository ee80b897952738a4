# libFuzzer targets need clang, while the project builds with whatever CMAKE_CXX_COMPILER
# is: they are compiled by direct clang++ invocations, and only when
# `clang++ -fsanitize=fuzzer` links on this machine (Debian: clang-14, libclang-rt-14-dev).
# Sets ACTIONC_FUZZ_CXX (the clang++) and ACTIONC_FUZZ_WORKS, and ACTIONC_FUZZ_SANITIZE: the
# sanitizer flags every fuzzer is compiled with (ASan and UBSan, UBSan fatal). Included once,
# by the top-level CMakeLists.txt.
set(ACTIONC_FUZZ_SANITIZE -fsanitize=address,undefined -fno-sanitize-recover=undefined)

find_program(ACTIONC_FUZZ_CXX NAMES clang++ clang++-16 clang++-15 clang++-14 DOC "clang++ for libFuzzer targets")
if(NOT ACTIONC_FUZZ_CXX)
  message(STATUS "actionc: no clang++; libFuzzer targets skipped")
  set(ACTIONC_FUZZ_WORKS OFF)
  return()
endif()

if(NOT DEFINED ACTIONC_FUZZ_WORKS)
  set(probe_dir "${CMAKE_BINARY_DIR}/fuzz-probe")
  file(MAKE_DIRECTORY "${probe_dir}")
  file(WRITE "${probe_dir}/probe.cpp"
    "#include <cstddef>\n#include <cstdint>\nextern \"C\" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }\n")
  execute_process(
    COMMAND "${ACTIONC_FUZZ_CXX}" -fsanitize=fuzzer "${probe_dir}/probe.cpp" -o "${probe_dir}/probe"
    RESULT_VARIABLE probe_result OUTPUT_QUIET ERROR_QUIET)
  if(probe_result EQUAL 0)
    set(ACTIONC_FUZZ_WORKS ON CACHE INTERNAL "clang++ -fsanitize=fuzzer works")
  else()
    set(ACTIONC_FUZZ_WORKS OFF CACHE INTERNAL "clang++ -fsanitize=fuzzer works")
  endif()
endif()
if(NOT ACTIONC_FUZZ_WORKS)
  message(STATUS "actionc: ${ACTIONC_FUZZ_CXX} -fsanitize=fuzzer does not link (libclang-rt-dev missing?); libFuzzer targets skipped")
endif()
