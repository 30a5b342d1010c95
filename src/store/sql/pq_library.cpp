#include "store/sql/pq_library.h"

#include <string>

#include "store/sql/error.h"
#include "util/shared_library.h"

namespace keyproj::sql {
namespace {

PqLibrary load() {
  // The shared object of Debian's libpq5 (the -dev package adds the unversioned name).
  const SharedLibrary library({"libpq.so.5", "libpq.so"});
  if (!library.loaded()) {
    throw Error(Failure::Other, 0,
                "PostgreSQL's client library cannot be loaded (" + library.error() +
                    "); install the Debian package libpq5");
  }
  PqLibrary lib{};
  auto bind = [&](auto& fn, const char* symbol) {
    if (!library.bind(fn, symbol)) {
      throw Error(Failure::Other, 0,
                  std::string("PostgreSQL's client library lacks ") + symbol + "; install the Debian package libpq5");
    }
  };
  bind(lib.PQclear, "PQclear");
  bind(lib.PQcmdStatus, "PQcmdStatus");
  bind(lib.PQcmdTuples, "PQcmdTuples");
  bind(lib.PQconndefaults, "PQconndefaults");
  bind(lib.PQconnectdb, "PQconnectdb");
  bind(lib.PQconninfoFree, "PQconninfoFree");
  bind(lib.PQconninfoParse, "PQconninfoParse");
  bind(lib.PQdb, "PQdb");
  bind(lib.PQencryptPasswordConn, "PQencryptPasswordConn");
  bind(lib.PQerrorMessage, "PQerrorMessage");
  bind(lib.PQexec, "PQexec");
  bind(lib.PQfinish, "PQfinish");
  bind(lib.PQfreemem, "PQfreemem");
  bind(lib.PQgetResult, "PQgetResult");
  bind(lib.PQgetisnull, "PQgetisnull");
  bind(lib.PQgetlength, "PQgetlength");
  bind(lib.PQgetvalue, "PQgetvalue");
  bind(lib.PQhost, "PQhost");
  bind(lib.PQnfields, "PQnfields");
  bind(lib.PQport, "PQport");
  bind(lib.PQprepare, "PQprepare");
  bind(lib.PQresultErrorField, "PQresultErrorField");
  bind(lib.PQresultErrorMessage, "PQresultErrorMessage");
  bind(lib.PQresultStatus, "PQresultStatus");
  bind(lib.PQsendQueryPrepared, "PQsendQueryPrepared");
  bind(lib.PQsetClientEncoding, "PQsetClientEncoding");
  bind(lib.PQsetNoticeProcessor, "PQsetNoticeProcessor");
  bind(lib.PQsetSingleRowMode, "PQsetSingleRowMode");
  bind(lib.PQstatus, "PQstatus");
  bind(lib.PQtransactionStatus, "PQtransactionStatus");
  bind(lib.PQuser, "PQuser");
  return lib;
}

}  // namespace

const PqLibrary& libpq() {
  static const PqLibrary lib = load();  // a failed load throws, and is tried again next time
  return lib;
}

}  // namespace keyproj::sql
