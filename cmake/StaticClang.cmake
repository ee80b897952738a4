# clang's tooling::Replacements, linked from the static archives of Debian's
# libclang-14-dev / llvm-14-dev. clang's own CMake package links the shared libLLVM,
# which costs ~30 ms and ~60 MB at every process start, so we name the archives here.
find_program(LLVM_CONFIG NAMES llvm-config-14 llvm-config REQUIRED)
execute_process(COMMAND ${LLVM_CONFIG} --libdir OUTPUT_VARIABLE LLVM_LIBDIR OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${LLVM_CONFIG} --includedir OUTPUT_VARIABLE LLVM_INCLUDEDIR OUTPUT_STRIP_TRAILING_WHITESPACE)

set(_actionc_clang_archives
  clangToolingCore clangRewrite clangLex clangBasic
  LLVMFrontendOpenMP LLVMCore LLVMRemarks LLVMBitstreamReader LLVMBinaryFormat
  LLVMSupport LLVMDemangle)
set(_actionc_clang_paths)
foreach(lib IN LISTS _actionc_clang_archives)
  set(path "${LLVM_LIBDIR}/lib${lib}.a")
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "Missing ${path}: install libclang-14-dev and llvm-14-dev (tools/setup.sh does)")
  endif()
  list(APPEND _actionc_clang_paths "${path}")
endforeach()

add_library(actionc_clang INTERFACE)
# The archives depend on each other in cycles; a link group resolves them in one pass.
target_link_libraries(actionc_clang INTERFACE
  "-Wl,--start-group" ${_actionc_clang_paths} "-Wl,--end-group"
  Threads::Threads ${CMAKE_DL_LIBS})
# Only Replacement's code is reached; dropping unreferenced sections also keeps LLVM's
# terminal-colour code (and its libtinfo dependency) out of every binary.
target_link_options(actionc_clang INTERFACE -Wl,--gc-sections)
# LLVM's headers are not warning-clean under our flags: mark them as system headers.
target_include_directories(actionc_clang SYSTEM INTERFACE "${LLVM_INCLUDEDIR}")
target_compile_definitions(actionc_clang INTERFACE _GNU_SOURCE __STDC_CONSTANT_MACROS
  __STDC_FORMAT_MACROS __STDC_LIMIT_MACROS)
