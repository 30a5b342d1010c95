#include "file_writers.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace keyproj::bench {
namespace {

constexpr std::size_t kBuffer = 1 << 20;

void open(std::ofstream& out, std::vector<char>& buffer, const std::string& path) {
  buffer.resize(kBuffer);
  out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  out.open(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write '" + path + "'");
}

void close(std::ofstream& out) {
  out.close();
  if (!out) throw std::runtime_error("writing an output file failed");
}

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
void field(std::ofstream& out, const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) {
    out << v;
    return;
  }
  out << '"';
  for (char c : v) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

// "2026-11-22" -> "20261122T235959Z": Taskwarrior's compact ISO form.
std::string task_moment(const std::string& date, const char* time) {
  return date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2) + "T" + time + "Z";
}

}  // namespace

UpdatesCsv::UpdatesCsv(const std::string& path) {
  open(out_, buffer_, path);
  // The monthly dispatch sheet's columns, by the short names import accepts.
  out_ << "code,date,stage,progress,invested,note,blocker,author\r\n";
}

void UpdatesCsv::write(const GenProject& p, const std::vector<GenUpdate>& updates) {
  for (const GenUpdate& u : updates) {
    out_ << p.code << ',' << u.reported_on << ',' << u.stage << ',' << u.progress_pct << ',' << u.invested_yuan << ',';
    field(out_, u.note);
    out_ << ',';
    if (u.blocker) field(out_, *u.blocker);
    out_ << ',';
    field(out_, u.author);
    out_ << "\r\n";
  }
}

void UpdatesCsv::finish() { close(out_); }

TaskwarriorJson::TaskwarriorJson(const std::string& path) {
  open(out_, buffer_, path);
  out_ << "[\n";
}

void TaskwarriorJson::write(const GenProject& p, const std::vector<GenMilestone>& milestones) {
  for (const GenMilestone& m : milestones) {
    const auto n = static_cast<unsigned long long>(++written_);
    char uuid[40];
    std::snprintf(uuid, sizeof uuid, "%08llx-%04llx-4000-8000-%012llx", n & 0xffffffffull, (n >> 32) & 0xffffull,
                  0x6b70ull);  // "kp"
    nlohmann::ordered_json t{
        {"uuid", uuid},
        // A cancelled project's open milestones are dropped, as keyproj's overdue list drops them.
        {"status", m.done_on ? "completed" : p.stage == "cancelled" ? "deleted" : "pending"},
        {"description", p.code + " " + p.name_zh + " " + m.title},
        {"project", p.code},
        // A milestone reached before its project was entered was entered (as a task) that day.
        {"entry", task_moment(std::min(m.created_at.substr(0, 10), m.done_on.value_or("9999")), "090000")},
        {"due", task_moment(m.due, "235959")},
    };
    if (m.done_on) t["end"] = task_moment(*m.done_on, "120000");
    else if (p.stage == "cancelled") t["end"] = task_moment(m.created_at.substr(0, 10), "120000");
    out_ << (written_ > 1 ? ",\n" : "") << t.dump();
  }
}

void TaskwarriorJson::finish() {
  out_ << "\n]\n";
  close(out_);
}

}  // namespace keyproj::bench
