#include "util/translate.h"

#include <libintl.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace keyproj {
namespace {

constexpr const char* kDomain = "keyproj";
Lang chosen = Lang::En;

// The folder holding zh_CN/LC_MESSAGES/keyproj.mo: beside an installed program
// (PREFIX/bin/keyproj → PREFIX/share/locale), the configured install prefix, or the build tree.
std::string catalogue_folder() {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> places;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) places.push_back(self.parent_path().parent_path() / "share" / "locale");
  places.emplace_back(KEYPROJ_INSTALL_LOCALEDIR);
  places.emplace_back(KEYPROJ_BUILD_LOCALEDIR);
  for (const fs::path& p : places)
    if (fs::exists(p / "zh_CN" / "LC_MESSAGES" / "keyproj.mo", ec)) return p.string();
  return {};
}

}  // namespace

bool use_language(Lang lang) {
  // gettext looks at LANGUAGE only when the messages locale is not "C"; C.UTF-8 is built into
  // glibc, so a machine with no zh locale installed still gets the catalogue. "C" under
  // English makes every lookup give back its English text, whatever LANGUAGE says.
  if (lang == Lang::En) {
    std::setlocale(LC_MESSAGES, "C");
    std::setlocale(LC_CTYPE, "C");
    chosen = Lang::En;
    return true;
  }
  const std::string folder = catalogue_folder();
  if (folder.empty() || !std::setlocale(LC_MESSAGES, "C.UTF-8")) {
    std::setlocale(LC_MESSAGES, "C");
    chosen = Lang::En;
    return false;
  }
  // The character set gettext converts translations to is LC_CTYPE's: under "C" (ASCII) the
  // system's Chinese texts (strerror's, from libc-l10n) would come out as question marks.
  std::setlocale(LC_CTYPE, "C.UTF-8");
  setenv("LANGUAGE", "zh_CN", 1);
  bindtextdomain(kDomain, folder.c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");
  textdomain(kDomain);  // also tells gettext that the language changed
  chosen = Lang::Zh;
  return true;
}

Lang current_language() { return chosen; }

const char* tr(const char* msgid) { return chosen == Lang::En ? msgid : dgettext(kDomain, msgid); }

std::string tr(std::string_view msgid) { return tr(std::string(msgid).c_str()); }

const char* trc(const char* context, const char* msgid) {
  if (chosen == Lang::En) return msgid;
  // gettext's pgettext: the context and the text joined by EOT; no entry gives back the text.
  const std::string key = std::string(context) + '\004' + msgid;
  const char* found = dgettext(kDomain, key.c_str());
  return found == key.c_str() ? msgid : found;
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
  if (chosen == Lang::En) return n == 1 ? singular : plural;
  return dngettext(kDomain, singular, plural, n);
}

}  // namespace keyproj
