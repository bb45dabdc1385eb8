# Run-time reference data (official schemas, CWE catalogue, BCP 47 subtag
# registry) is copied from ../shared into the build tree and the install
# prefix, under share/vextriage. The program looks for it next to itself
# (../share/vextriage), in --data-dir, or in $VEXTRIAGE_DATA_DIR.
set(VT_BUILD_DATA_DIR "${CMAKE_BINARY_DIR}/share/vextriage")

if(NOT EXISTS "${VT_SHARED_DIR}/csaf/schemas/2.0/csaf_json_schema.json")
  message(FATAL_ERROR
    "vextriage: reference data not found in ${VT_SHARED_DIR}/csaf. "
    "Put the shared folder beside the repository or pass -DVT_SHARED_DIR=PATH.")
endif()

set(vt_data_pairs
  "csaf/schemas/2.0|schemas/csaf/2.0"
  "csaf/schemas/2.1|schemas/csaf/2.1"
  "csaf/cwe|cwe"
  "csaf/bcp47|bcp47"
  "schemas/cyclonedx|schemas/cyclonedx"
  "schemas/spdx-json|schemas/spdx"
  "schemas/openvex|schemas/openvex"
  "schemas/sarif|schemas/sarif")
foreach(pair IN LISTS vt_data_pairs)
  string(REPLACE "|" ";" parts "${pair}")
  list(GET parts 0 from)
  list(GET parts 1 to)
  if(EXISTS "${VT_SHARED_DIR}/${from}")
    file(COPY "${VT_SHARED_DIR}/${from}/" DESTINATION "${VT_BUILD_DATA_DIR}/${to}"
         PATTERN "*.md" EXCLUDE)
    install(DIRECTORY "${VT_BUILD_DATA_DIR}/${to}/" DESTINATION "share/vextriage/${to}")
  endif()
endforeach()

# Data of our own, committed in data/: the kernel source file -> CONFIG_*
# table (tools/kernel-config-map/generate.py). configure_file keeps the copy
# current when the table is regenerated.
configure_file("${CMAKE_SOURCE_DIR}/data/kernel/config-map.tsv"
               "${VT_BUILD_DATA_DIR}/kernel/config-map.tsv" COPYONLY)
install(FILES "${VT_BUILD_DATA_DIR}/kernel/config-map.tsv" DESTINATION "share/vextriage/kernel")
configure_file("${CMAKE_SOURCE_DIR}/data/kernel/option-types.tsv"
               "${VT_BUILD_DATA_DIR}/kernel/option-types.tsv" COPYONLY)
install(FILES "${VT_BUILD_DATA_DIR}/kernel/option-types.tsv" DESTINATION "share/vextriage/kernel")
# The CVSS v4.0 MacroVector scores (tools/cvss4-table/generate.mjs).
configure_file("${CMAKE_SOURCE_DIR}/data/cvss/v4-macrovector-scores.tsv"
               "${VT_BUILD_DATA_DIR}/cvss/v4-macrovector-scores.tsv" COPYONLY)
install(FILES "${VT_BUILD_DATA_DIR}/cvss/v4-macrovector-scores.tsv" DESTINATION "share/vextriage/cvss")
