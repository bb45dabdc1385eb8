# Peer implementations for differential tests and benchmarks only (never
# linked into vextriage): librpm's rpmvercmp/rpmverCmp and libdpkg's
# dpkg_version_compare. Defines imported targets vt_peer_rpm and
# vt_peer_dpkg when found, and VT_HAVE_PEER_RPM / VT_HAVE_PEER_DPKG for code.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND AND NOT TARGET vt_peer_rpm)
  pkg_check_modules(VT_PEER_RPM QUIET IMPORTED_TARGET GLOBAL rpm)
  pkg_check_modules(VT_PEER_DPKG QUIET IMPORTED_TARGET GLOBAL libdpkg)
endif()
if(TARGET PkgConfig::VT_PEER_RPM AND NOT TARGET vt_peer_rpm)
  add_library(vt_peer_rpm INTERFACE IMPORTED GLOBAL)
  target_link_libraries(vt_peer_rpm INTERFACE PkgConfig::VT_PEER_RPM)
  target_compile_definitions(vt_peer_rpm INTERFACE VT_HAVE_PEER_RPM=1)
endif()
if(TARGET PkgConfig::VT_PEER_DPKG AND NOT TARGET vt_peer_dpkg)
  add_library(vt_peer_dpkg INTERFACE IMPORTED GLOBAL)
  # libdpkg is a static library whose headers insist on this opt-in.
  target_link_libraries(vt_peer_dpkg INTERFACE PkgConfig::VT_PEER_DPKG)
  target_compile_definitions(vt_peer_dpkg INTERFACE VT_HAVE_PEER_DPKG=1 LIBDPKG_VOLATILE_API=1)
endif()
# Empty stand-ins keep the link lines valid where a peer is missing; code
# checks VT_HAVE_PEER_* and skips visibly.
foreach(peer IN ITEMS vt_peer_rpm vt_peer_dpkg)
  if(NOT TARGET ${peer})
    add_library(${peer} INTERFACE IMPORTED GLOBAL)
    message(STATUS "${peer}: not found, differential tests and benchmarks skip it")
  endif()
endforeach()
# Included from bench/: the version benchmark runs the peers in the same run.
if(TARGET version AND CMAKE_CURRENT_SOURCE_DIR MATCHES "/bench$")
  target_link_libraries(version PRIVATE vt_peer_rpm vt_peer_dpkg)
endif()
