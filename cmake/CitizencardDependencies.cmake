# The dependency rules of docs/architecture.md, checked when the project is
# configured: a library that reaches (directly or through what it links) a
# target it must not reach stops the configure, naming the path.
#   citizencard_forbid_links(TARGET t FORBIDDEN a b …)

# Appends to `out` the path from `target` to each forbidden target it reaches.
function(_citizencard_walk target forbidden path out)
    set(found "")
    get_target_property(type ${target} TYPE)
    set(links "")
    get_target_property(direct ${target} LINK_LIBRARIES)
    if(direct AND NOT type STREQUAL "INTERFACE_LIBRARY")
        list(APPEND links ${direct})
    endif()
    get_target_property(interface ${target} INTERFACE_LINK_LIBRARIES)
    if(interface)
        list(APPEND links ${interface})
    endif()
    list(REMOVE_DUPLICATES links)
    foreach(link IN LISTS links)
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
        if(NOT TARGET ${link} OR "${link}" IN_LIST path)
            continue()
        endif()
        get_target_property(aliased ${link} ALIASED_TARGET)
        if(aliased)
            set(link ${aliased})
        endif()
        if("${link}" IN_LIST forbidden)
            list(JOIN path " → " via)
            list(APPEND found "${via} → ${link}")
        else()
            set(next ${path} ${link})
            _citizencard_walk(${link} "${forbidden}" "${next}" deeper)
            list(APPEND found ${deeper})
        endif()
    endforeach()
    set(${out} ${found} PARENT_SCOPE)
endfunction()

function(citizencard_forbid_links)
    cmake_parse_arguments(arg "" "TARGET" "FORBIDDEN" ${ARGN})
    set(resolved "")
    foreach(name IN LISTS arg_FORBIDDEN)
        if(TARGET ${name})
            get_target_property(aliased ${name} ALIASED_TARGET)
            if(aliased)
                list(APPEND resolved ${aliased})
            else()
                list(APPEND resolved ${name})
            endif()
        endif()
    endforeach()
    _citizencard_walk(${arg_TARGET} "${resolved}" "${arg_TARGET}" found)
    if(found)
        list(REMOVE_DUPLICATES found)
        list(JOIN found "\n  " paths)
        list(JOIN arg_FORBIDDEN ", " names)
        message(FATAL_ERROR "dependency rule broken: ${arg_TARGET} must not reach "
                            "${names}, but links\n  ${paths}")
    endif()
endfunction()

# The rules themselves (docs/architecture.md, "What may depend on what").
function(citizencard_check_dependencies)
    set(gui_and_sql Qt6::Sql SQLite::SQLite3 Qt6::Gui Qt6::Widgets)
    set(devices citizencard_reader citizencard_printing citizencard_localdevices
        citizencard_devicesmodule)
    foreach(low IN ITEMS citizencard_domain citizencard_crypto citizencard_protocol
            citizencard_ports)
        citizencard_forbid_links(TARGET ${low} FORBIDDEN ${gui_and_sql} citizencard_station
            citizencard_workflows ${devices})
    endforeach()
    citizencard_forbid_links(TARGET citizencard_domain FORBIDDEN OpenSSL::Crypto
        citizencard_crypto)
    citizencard_forbid_links(TARGET citizencard_station FORBIDDEN citizencard_workflows
        ${devices} Qt6::Gui Qt6::Widgets)
    citizencard_forbid_links(TARGET citizencard_workflows FORBIDDEN ${devices} Qt6::Gui
        Qt6::Widgets)
    # (printing reaches Qt Widgets through Qt Print Support, which QPrinter needs)
    foreach(device IN ITEMS citizencard_reader citizencard_printing)
        citizencard_forbid_links(TARGET ${device} FORBIDDEN citizencard_station
            citizencard_workflows Qt6::Sql)
    endforeach()
    citizencard_forbid_links(TARGET citizencard_reader FORBIDDEN Qt6::Gui Qt6::Widgets)
    citizencard_forbid_links(TARGET citizencard_ui FORBIDDEN ${devices})
    # The centre shares the domain and the protocol, never a station's store,
    # its devices or a GUI.
    citizencard_forbid_links(TARGET citizencard_central FORBIDDEN ${gui_and_sql}
        citizencard_station citizencard_workflows ${devices})
endfunction()
