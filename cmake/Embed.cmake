# keyproj_embed(TARGET <lib> NAMESPACE <ns> BASE_DIR <dir> [HASHED] FILES <file>...)
#
# Compiles the given files into a static library as a table of {relative path, contents},
# so that the binary carries its migrations and seed data and works from any directory.
# HASHED adds each file's FNV-1a hash, computed by the compiler (util/embedded.h).
# The generated source is rebuilt whenever one of the files changes.
function(keyproj_embed)
  cmake_parse_arguments(E "HASHED" "TARGET;NAMESPACE;BASE_DIR" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${E_TARGET}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAMESPACE=${E_NAMESPACE} -DBASE_DIR=${E_BASE_DIR} -DHASHED=${E_HASHED}
            "-DFILES=${E_FILES}" -P "${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake"
    DEPENDS ${E_FILES} "${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake"
    COMMENT "Embedding ${E_TARGET}"
    VERBATIM)
  add_library(${E_TARGET} STATIC "${out}")
  target_include_directories(${E_TARGET} PUBLIC "${PROJECT_SOURCE_DIR}/src")
endfunction()
