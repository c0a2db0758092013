# Copies Debian's toml++ headers into the build tree and applies
# tomlplusplus-3.3-fixes.patch to the copy (the system headers are never
# touched, nothing is vendored). Done again only when the patch or the
# installed toml++ changes. Sets OUT_VAR to the include folder of the copy.
function(unknot_patched_toml_headers OUT_VAR)
  set(patch_file ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/tomlplusplus-3.3-fixes.patch)
  get_target_property(system_dirs tomlplusplus::tomlplusplus INTERFACE_INCLUDE_DIRECTORIES)
  find_path(system_dir toml++/toml.h HINTS ${system_dirs} REQUIRED)
  find_program(PATCH_PROGRAM patch REQUIRED)
  set(copy_dir ${CMAKE_CURRENT_BINARY_DIR}/toml-patched)
  file(SHA256 ${patch_file} patch_hash)
  set(stamp "${tomlplusplus_VERSION} ${system_dir} ${patch_hash}")
  set(stamp_file ${copy_dir}/.unknot-stamp)
  if(EXISTS ${stamp_file})
    file(READ ${stamp_file} old_stamp)
  endif()
  if(NOT "${old_stamp}" STREQUAL "${stamp}")
    file(REMOVE_RECURSE ${copy_dir})
    file(COPY ${system_dir}/toml++ DESTINATION ${copy_dir})
    execute_process(COMMAND ${PATCH_PROGRAM} --batch --forward -p1 -i ${patch_file}
                    WORKING_DIRECTORY ${copy_dir} RESULT_VARIABLE result OUTPUT_VARIABLE output
                    ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
      file(REMOVE_RECURSE ${copy_dir})
      message(FATAL_ERROR "toml++ ${tomlplusplus_VERSION} in ${system_dir}: "
                          "${patch_file} does not apply:\n${output}")
    endif()
    file(WRITE ${stamp_file} "${stamp}")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${patch_file})
  set(${OUT_VAR} ${copy_dir} PARENT_SCOPE)
endfunction()
