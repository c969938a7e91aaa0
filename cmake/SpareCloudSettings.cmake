# One place for build settings: every SpareCloud target links sparecloud_settings.
add_library(sparecloud_settings INTERFACE)
add_library(SpareCloud::settings ALIAS sparecloud_settings)

target_compile_features(sparecloud_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(sparecloud_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(SPARECLOUD_WERROR)
    target_compile_options(sparecloud_settings INTERFACE -Werror)
endif()

target_compile_definitions(sparecloud_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SPARECLOUD_VERSION="${PROJECT_VERSION}")

find_program(SPARECLOUD_CCACHE ccache)
if(SPARECLOUD_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${SPARECLOUD_CCACHE}" CACHE STRING "" FORCE)
endif()

# Layer rule: nothing under broker/ or app/client links Qt Widgets. The headless
# build (SPARECLOUD_GUI=OFF) proves it by not finding Widgets at all; this check
# catches it in the GUI build too.
set_property(GLOBAL PROPERTY SPARECLOUD_GUI_FREE_TARGETS "")
function(sparecloud_gui_free target)
    set_property(GLOBAL APPEND PROPERTY SPARECLOUD_GUI_FREE_TARGETS ${target})
endfunction()

function(sparecloud_check_layers)
    get_property(targets GLOBAL PROPERTY SPARECLOUD_GUI_FREE_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(libs ${target} LINK_LIBRARIES)
        foreach(lib IN LISTS libs)
            if(lib MATCHES "Widgets|QCustomPlot|PrintSupport|sparecloud_ui")
                message(FATAL_ERROR "Layer violation: GUI-free target ${target} links ${lib}")
            endif()
        endforeach()
    endforeach()
endfunction()
