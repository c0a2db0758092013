#include "core/break_kind.hpp"

namespace unknot {

std::string_view to_string(BreakKind kind) {
  switch (kind) {
    case BreakKind::micro:
      return "micro";
    case BreakKind::rest:
      return "rest";
    case BreakKind::daily:
      return "daily";
  }
  return "micro";
}

std::string_view to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::taken:
      return "taken";
    case Outcome::skipped:
      return "skipped";
    case Outcome::snoozed:
      return "snoozed";
    case Outcome::natural:
      return "natural";
  }
  return "taken";
}

std::string_view to_string(State state) {
  switch (state) {
    case State::active:
      return "active";
    case State::idle:
      return "idle";
    case State::paused:
      return "paused";
    case State::meeting:
      return "meeting";
    case State::on_break:
      return "break";
  }
  return "active";
}

std::optional<BreakKind> break_kind_from_string(std::string_view text) {
  if (text == "micro") return BreakKind::micro;
  if (text == "rest") return BreakKind::rest;
  if (text == "daily") return BreakKind::daily;
  return std::nullopt;
}

}  // namespace unknot
