# Checks that the AppStream metainfo has a release entry for the project version and that
# the newest Debian changelog entry is a revision of it, so that a version bump without
# release notes fails.
# Usage: cmake -DMETAINFO=<file> -DCHANGELOG=<file> -DVERSION=<x.y.z> -P CheckReleaseVersion.cmake

cmake_minimum_required(VERSION 3.24)

string(REPLACE "." "\\." version_pattern "${VERSION}")
set(problems "")

file(READ "${METAINFO}" metainfo)
if(NOT metainfo MATCHES "<release version=\"${version_pattern}\" date=\"[0-9]+-[0-9]+-[0-9]+\"")
    string(APPEND problems "\n  ${METAINFO} has no <release version=\"${VERSION}\" date=\"YYYY-MM-DD\"> entry")
endif()

file(STRINGS "${CHANGELOG}" first_line LIMIT_COUNT 1)
if(NOT first_line MATCHES "^posbridge \\(${version_pattern}-[0-9]+\\) ")
    string(APPEND problems "\n  the newest entry of ${CHANGELOG} is \"${first_line}\", expected posbridge (${VERSION}-N)")
endif()

if(problems)
    message(FATAL_ERROR "Release notes are missing for version ${VERSION}:${problems}")
endif()
message(STATUS "release ${VERSION} found in the metainfo and the changelog")
