# CPack WIX: the station as an MSI (cpack -G WIX on Windows, WiX Toolset 3).
# Included from installer/CMakeLists.txt when building on Windows; what the
# desktop team runs is in README.md.
set(CPACK_GENERATOR WIX)
set(CPACK_COMPONENTS_ALL station)
# One upgrade code for every version: a newer MSI replaces the older one in
# place (the store and key files are outside the install folder and stay).
set(CPACK_WIX_UPGRADE_GUID "8B4B1F0E-3C1D-4C55-9E2A-6F1C0D7A2B11")
set(CPACK_WIX_PRODUCT_GUID "*")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Citizen Card")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Citizen Card")
set(CPACK_PACKAGE_EXECUTABLES "citizencard;Citizen Card Counter")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_CULTURES "zh-TW;en-US")
# WiX wants the licence as .txt or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
# Qt's DLLs, plugins (platforms\qwindows.dll, sqldrivers\qsqlite.dll,
# multimedia) and translations beside the programs, as windeployqt lays
# them out; then the MSI carries them.
install(CODE "
    execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
        --translations zh_TW,en --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
        \"\${CMAKE_INSTALL_PREFIX}/bin/citizencard.exe\"
        \"\${CMAKE_INSTALL_PREFIX}/bin/citizencard-cli.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
" COMPONENT station)
