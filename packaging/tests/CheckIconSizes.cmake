# Checks that the icon has a PNG render in every size of the list, each with those pixel
# dimensions, and no render of a size outside the list.
# Usage: cmake -DICON_DIR=<packaging/icons> -DAPP_ID=<id> -DSIZES=16,22,... -P CheckIconSizes.cmake

cmake_minimum_required(VERSION 3.24)

string(REPLACE "," ";" sizes "${SIZES}")
set(problems "")

if(NOT EXISTS "${ICON_DIR}/${APP_ID}.svg")
    string(APPEND problems "\n  missing ${ICON_DIR}/${APP_ID}.svg")
endif()

foreach(size IN LISTS sizes)
    set(png "${ICON_DIR}/hicolor/${size}x${size}/apps/${APP_ID}.png")
    if(NOT EXISTS "${png}")
        string(APPEND problems "\n  missing ${png}")
        continue()
    endif()

    # A PNG starts with an 8-byte signature and the IHDR chunk: a 4-byte length, the type
    # "IHDR", then the width and the height as big-endian 32-bit integers.
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 24 8 chunk_type)
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT chunk_type STREQUAL "49484452")
        string(APPEND problems "\n  ${png} is not a PNG file")
        continue()
    endif()
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        string(APPEND problems "\n  ${png} is ${width}x${height} pixels, expected ${size}x${size}")
    endif()
endforeach()

file(GLOB rendered_dirs LIST_DIRECTORIES true RELATIVE "${ICON_DIR}/hicolor" "${ICON_DIR}/hicolor/*")
foreach(dir IN LISTS rendered_dirs)
    if(NOT dir MATCHES "^([0-9]+)x([0-9]+)$" OR NOT CMAKE_MATCH_1 IN_LIST sizes)
        string(APPEND problems "\n  ${ICON_DIR}/hicolor/${dir} is not one of the listed sizes (${SIZES})")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "The icon renders do not match the size list; run packaging/render-icons.sh:${problems}")
endif()
list(LENGTH sizes count)
message(STATUS "${count} icon sizes checked")
