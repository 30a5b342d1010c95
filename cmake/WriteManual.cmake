# Writes the manual page with the built program: cmake -DKEYPROJ=… -DLANGUAGE=en|zh -DOUT=… -P.
# A failure fails the build rather than installing an empty page.
execute_process(COMMAND "${KEYPROJ}" --lang "${LANGUAGE}" manual OUTPUT_FILE "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE "${OUT}")
  message(FATAL_ERROR "keyproj --lang ${LANGUAGE} manual failed (${rc})")
endif()
