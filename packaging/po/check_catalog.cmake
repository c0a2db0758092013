# cmake -DMSGFMT=... -DPO=de.po -DPOT=unknot.pot -P check_catalog.cmake
# Fails unless PO translates every message of POT, none fuzzy or untranslated.
get_filename_component(msgcmp_dir ${MSGFMT} DIRECTORY)
find_program(MSGCMP msgcmp HINTS ${msgcmp_dir} REQUIRED)
if(NOT EXISTS ${POT})
  message(FATAL_ERROR "${POT} is missing: build the unknot_pot target first")
endif()
execute_process(COMMAND ${MSGFMT} --check --statistics -o /dev/null ${PO}
  RESULT_VARIABLE status ERROR_VARIABLE stats OUTPUT_VARIABLE stats_out)
message(STATUS "${PO}: ${stats}")
if(NOT status EQUAL 0 OR stats MATCHES "fuzzy|untranslated")
  message(FATAL_ERROR "${PO} is not complete: ${stats}")
endif()
execute_process(COMMAND ${MSGCMP} ${PO} ${POT} RESULT_VARIABLE status ERROR_VARIABLE missing)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PO} lacks messages of the template (run the po-update target):\n${missing}")
endif()
