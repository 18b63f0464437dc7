# capy_check_layering(target allowed target allowed ...), allowed as "a|b|c"
#
# Fails the configure step when a project target links another project
# target (capy_*) that its layer must not depend on. Only direct links are
# checked: a layer reaching around another shows up as a direct link.
function(capy_check_layering)
  set(args ${ARGN})
  list(LENGTH args n)
  math(EXPR last "${n} - 1")
  foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET args ${i} target)
    list(GET args ${j} allowed)
    string(REPLACE "|" ";" allowed "${allowed}")
    get_target_property(links ${target} LINK_LIBRARIES)
    if(NOT links)
      set(links "")
    endif()
    foreach(dep IN LISTS links)
      if(dep MATCHES "^capy_" AND NOT dep IN_LIST allowed)
        message(FATAL_ERROR "layering: ${target} must not link ${dep} (allowed: ${allowed}); see ../shared/architecture.md")
      endif()
    endforeach()
  endforeach()
endfunction()
