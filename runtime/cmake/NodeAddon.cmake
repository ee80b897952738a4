# The Node-API addon `actionc_node.node`, built straight from Node's C headers: no
# node-gyp, no node-addon-api. Skipped (with a message) when node_api.h is not found.
find_path(ACTIONC_NODE_INCLUDE_DIR node_api.h
  HINTS /usr/include/node /usr/local/include/node
  DOC "Directory holding Node's node_api.h")

if(NOT ACTIONC_NODE_INCLUDE_DIR)
  message(STATUS "actionc: node_api.h not found; the Node addon will not be built")
  return()
endif()

add_library(actionc_node MODULE node/actionc_node.cpp node/napi_util.cpp)
target_include_directories(actionc_node PRIVATE "${ACTIONC_NODE_INCLUDE_DIR}")
# NAPI_VERSION 8 (Node >= 12.22): type tags keep a key ring from being passed as a manifest.
target_compile_definitions(actionc_node PRIVATE NAPI_VERSION=8)
target_link_libraries(actionc_node PRIVATE actionc_runtime)
target_compile_options(actionc_node PRIVATE -Wall -Wextra)
actionc_portable_binary(actionc_node)
set_target_properties(actionc_node PROPERTIES
  PREFIX ""
  SUFFIX ".node"
  LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/runtime"
  CXX_VISIBILITY_PRESET hidden)
set(ACTIONC_NODE_ADDON_PATH "${CMAKE_BINARY_DIR}/runtime/actionc_node.node" CACHE INTERNAL "")
