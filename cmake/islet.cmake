# Helpers shared by the layer CMakeLists. Owns how a layer library is declared while its folder
# may still be empty; does not own which layer links which (each layer's CMakeLists says that).
# Invariant: every layer target (islet_bytecode, islet_compiler, islet_vm, islet_stdlib,
# islet_runtime) exists at every stage of the tree, so links and tests always configure.

# islet_add_library(<name> SOURCES <files...> [LINK <libs...>] [INCLUDE <dirs...>])
#
# Declares the layer library <name>. With sources it is a static library whose LINK libraries
# and INCLUDE directories are PUBLIC; with none (a layer whose first .cc file is not written
# yet) it is an INTERFACE library carrying the same links and includes, so its dependents
# still link. Sources come from file(GLOB CONFIGURE_DEPENDS ...) in the caller: adding the
# first .cc re-runs CMake at the next build, which turns the INTERFACE library into a static one.
function(islet_add_library name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "SOURCES;LINK;INCLUDE")
  if(ARG_SOURCES)
    add_library(${name} STATIC ${ARG_SOURCES})
    set(scope PUBLIC)
  else()
    add_library(${name} INTERFACE)
    set(scope INTERFACE)
  endif()
  if(ARG_LINK)
    target_link_libraries(${name} ${scope} ${ARG_LINK})
  endif()
  if(ARG_INCLUDE)
    target_include_directories(${name} ${scope} ${ARG_INCLUDE})
  endif()
endfunction()

# Finds RE2, which ships no CMake package on Debian, and defines the imported target islet::re2.
function(islet_find_re2)
  if(TARGET islet::re2)
    return()
  endif()
  find_path(RE2_INCLUDE_DIR re2/re2.h)
  find_library(RE2_LIBRARY re2)
  if(NOT RE2_INCLUDE_DIR OR NOT RE2_LIBRARY)
    message(FATAL_ERROR "RE2 not found: run ./tools/setup (it installs libre2-dev)")
  endif()
  find_package(Threads REQUIRED)
  add_library(islet::re2 UNKNOWN IMPORTED GLOBAL)
  set_target_properties(islet::re2 PROPERTIES
    IMPORTED_LOCATION "${RE2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${RE2_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES Threads::Threads)
endfunction()

# Finds mimalloc (libmimalloc-dev installs its CMake package) and defines islet::mimalloc.
function(islet_find_mimalloc)
  if(TARGET islet::mimalloc)
    return()
  endif()
  find_package(mimalloc CONFIG QUIET)
  if(TARGET mimalloc)
    add_library(islet::mimalloc INTERFACE IMPORTED GLOBAL)
    set_target_properties(islet::mimalloc PROPERTIES INTERFACE_LINK_LIBRARIES mimalloc)
    return()
  endif()
  find_path(MIMALLOC_INCLUDE_DIR mimalloc.h)
  find_library(MIMALLOC_LIBRARY mimalloc)
  if(NOT MIMALLOC_INCLUDE_DIR OR NOT MIMALLOC_LIBRARY)
    message(FATAL_ERROR "mimalloc not found: run ./tools/setup (it installs libmimalloc-dev)")
  endif()
  add_library(islet::mimalloc UNKNOWN IMPORTED GLOBAL)
  set_target_properties(islet::mimalloc PROPERTIES
    IMPORTED_LOCATION "${MIMALLOC_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${MIMALLOC_INCLUDE_DIR}")
endfunction()
