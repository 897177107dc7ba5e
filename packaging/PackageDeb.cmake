# CPack settings for the Debian package; scripts/package builds it with `cpack -G DEB`.

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "posbridge")
set(CPACK_PACKAGE_VENDOR "The POS Bridge developers")
set(CPACK_PACKAGE_CONTACT "POS Bridge maintainers <maintainers@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Links a multi-company back office to Lightspeed Retail POS")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

# Only the binary package is supported; keep build trees and Git data out of a source package.
set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The extended description; CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before it as the
# synopsis and indents its lines.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "POS Bridge links each company of a multi-company back office to a Lightspeed
Retail POS (R-Series) account: it posts products and manages listings,
downloads completed POS sales as orders and books returns, uploads stock
levels, and records what every sync did.

Secrets are kept in the system keychain (Secret Service), data in a local
SQLite file. The package also contains posbridge-sandbox, a local stand-in
for the Lightspeed cloud used for demonstrations and tests.")

# dpkg-shlibdeps finds the libraries that the executables link. These packages hold what
# they load at run time instead, which it cannot see:
#   libsecret-1-0             QtKeychain's Secret Service backend (dlopen)
#   libqt6sql6-sqlite         Qt's SQLite driver plugin
#   libqt6svg6                Qt's SVG image and icon engine plugins
#   libqt6webenginecore6-bin  QtWebEngineProcess, the browser's helper process
#   qt6-translations-l10n     Qt's own translations, French included
# The xcb platform plugin is in libqt6gui6 on Debian 12, which dpkg-shlibdeps already adds
# (qt6-qpa-plugins holds only the VNC platform and TUIO touch plugins there).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libsecret-1-0, libqt6sql6-sqlite, libqt6svg6, libqt6webenginecore6-bin, qt6-translations-l10n")
# A Secret Service daemon stores the secrets; the Wayland plugin runs the app natively
# in a Wayland session instead of through XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland")

include(CPack)
