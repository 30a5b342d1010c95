# `make deb`: the Debian package, keyproj_VERSION_ARCH.deb, of what `make install` installs: the
# program, its Chinese catalogue, the manual pages, the bash and zsh completion and the README.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME keyproj)
set(CPACK_PACKAGE_VENDOR "keyproj")
set(CPACK_PACKAGE_CONTACT "keyproj developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "tracker of the key projects (重点项目) of city plans")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "tracker of the key projects (重点项目) of city plans\n keyproj keeps a city's key projects, their monthly dispatch reports, milestones\n and annual plan in one SQLite file, and answers what project officers are asked:\n what is overdue, how far each county is against its schedule (序时进度).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# dpkg-shlibdeps finds the libraries keyproj links (SQLite is linked into it: CMakeLists.txt).
# The ones it opens on first use (util/shared_library.h) dpkg-shlibdeps cannot see, so they are
# named here: libxlsxwriter (output/xlsx_library.cpp), libpq (store/sql/pq_library.cpp), and the
# readers' libcsv, minizip and expat (io/csv_reader.cpp, zip_archive.cpp, xml_parser.cpp).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libxlsxwriter4, libpq5, libcsv3, libminizip1, libexpat1")
include(CPack)
