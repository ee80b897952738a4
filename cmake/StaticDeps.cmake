# libsodium and libtree-sitter from their static archives (Debian's libsodium-dev and
# libtree-sitter-dev ship them, built position-independent), so that the actionc binary
# and the Node addon shipped in the npm packages (tools/package.sh) run on a machine
# without either library installed. LLVM/clang are static already (StaticClang.cmake).
#
# actionc_static_dependency(<target> <pkg-config prefix> <archive name>) defines the
# imported target from what pkg_check_modules(<prefix> ...) found.
function(actionc_static_dependency target prefix archive)
  find_library(_archive_${prefix} NAMES "lib${archive}.a"
               HINTS ${${prefix}_LIBDIR} ${${prefix}_LIBRARY_DIRS} NO_CACHE)
  if(NOT _archive_${prefix})
    message(FATAL_ERROR "lib${archive}.a not found (looked in ${${prefix}_LIBDIR}): install the -dev package (tools/setup.sh does)")
  endif()
  add_library(${target} STATIC IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES
    IMPORTED_LOCATION "${_archive_${prefix}}"
    INTERFACE_INCLUDE_DIRECTORIES "${${prefix}_INCLUDE_DIRS}"
    INTERFACE_LINK_LIBRARIES Threads::Threads)
endfunction()

actionc_static_dependency(actionc::sodium SODIUM sodium)
actionc_static_dependency(actionc::tree_sitter TREE_SITTER tree-sitter)

# The two artefacts the npm packages ship also carry their own C++ runtime: libstdc++ is
# on every glibc system, but not always one as new as the compiler's. --exclude-libs keeps
# the archives' symbols local: the addon exports nothing but its Node-API entry, and
# Debian's libsodium.a has PC-relative references to its own globals that a shared object
# can only link when those symbols cannot be preempted.
function(actionc_portable_binary target)
  target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc -Wl,--exclude-libs,ALL)
endfunction()
