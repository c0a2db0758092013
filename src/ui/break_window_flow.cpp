// The break window over time: the countdown, the exercise on screen, the
// daemon's status pushes and the user's answers.
#include <algorithm>
#include <cmath>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/language.hpp"
#include "ui/break_window.hpp"
#include "ui/daemon_link.hpp"
#include "ui/figure_panel.hpp"
#include "ui/translations.hpp"

namespace unknot {

namespace {

constexpr int kPacerFrameMs = 33;  // ~30 fps while a breathing pacer shows
constexpr int kFigureFrameMs = 40;  // 25 fps while a figure moves: smooth at a few % of a core
constexpr int kCountdownFrameMs = 250;
constexpr int kSummaryMs = 2500;  // how long the closing line stays

wxString utf8(const std::string& text) { return wxString::FromUTF8(text); }

}  // namespace

void BreakWindow::present() {
  Layout();
  place_on_screen();
  // On top, but the keyboard stays with what the user is typing into.
  ShowWithoutActivating();
  adjust_timer();
  wxWeakRef<BreakWindow> self(this);
  link_.watch(
      this,
      [self](const nlohmann::json& status) {
        if (self) self->apply_status(status);
      },
      [self] {
        if (self) self->Close();
      });
}

double BreakWindow::elapsed_s(Clock::time_point now) const {
  if (!view_.running) return 0;
  const double left = std::chrono::duration<double>(ends_at_ - now).count();
  return std::clamp(view_.duration_s - left, 0.0, static_cast<double>(view_.duration_s));
}

void BreakWindow::tick(Clock::time_point now) {
  if (finished_) return;
  const double left = view_.running
                          ? std::max(std::chrono::duration<double>(ends_at_ - now).count(), 0.0)
                          : view_.remaining_s;
  const double done =
      view_.duration_s > 0 ? 1.0 - left / static_cast<double>(view_.duration_s) : 0.0;
  ring_->set_progress(done, utf8(clock_text(static_cast<int>(std::ceil(left - 1e-6)))));
  const double elapsed = elapsed_s(now);
  const std::size_t index = exercise_index_at(view_, elapsed);
  if (index != index_ && !view_.exercises.empty()) {
    exercise_shown_at_ = now;
    show_exercise(index);
  }
  if (figure_->animating())
    figure_->set_time(std::chrono::duration<double>(now - exercise_shown_at_).count());
  if (index < view_.exercises.size() && view_.exercises[index].breathing) {
    // The pacer keeps the break's own clock, so it agrees with the countdown.
    const double into = view_.running ? elapsed - exercise_start_s(view_, index) : 0.0;
    pacer_->set_state(pacer_at(*view_.exercises[index].breathing, into));
  }
}

void BreakWindow::show_exercise(std::size_t index) {
  index_ = index;
  const PlanExercise& step = view_.exercises[index];
  title_->SetLabel(utf8(step.title.empty() ? view_.title : step.title));
  title_->Wrap(wrap_width_);
  detail_->SetLabel(utf8(hold_repeat_line(step)));
  detail_->Show(!detail_->GetLabel().empty());
  steps_->SetLabel(utf8(numbered_steps(step)));
  steps_->Wrap(wrap_width_);
  caution_->SetLabel(utf8(step.caution));
  caution_->Wrap(wrap_width_);
  caution_->Show(!step.caution.empty());
  const bool last = index + 1 >= view_.exercises.size();
  next_->SetLabel(last ? wxString()
                       : utf8(fill_in(ui_text("Next: {0}"), {view_.exercises[index + 1].title})));
  next_->Show(!last);
  pacer_->Show(step.breathing.has_value());
  if (step.breathing) pacer_->set_state(pacer_at(*step.breathing, 0));
  update_picture(step);
  update_heading();
  adjust_timer();
  panel_->Layout();
  // A longer exercise may need more room; never shrink under the user's eyes.
  const wxSize best = GetSizer()->ComputeFittingWindowSize(this);
  const wxSize now_size = GetSize();
  if (best.x > now_size.x || best.y > now_size.y)
    SetSize(wxSize(std::max(best.x, now_size.x), std::max(best.y, now_size.y)));
}

void BreakWindow::update_heading() {
  std::string text = kind_heading(view_.kind);
  if (!view_.title.empty() && view_.exercises.size() > 1) text += " \u00b7 " + view_.title;
  if (view_.exercises.size() > 1)
    // TRANSLATORS: which exercise of the break this is, "2 of 3".
    text += " \u00b7 " + fill_in(ui_text("{0} of {1}"), {std::to_string(index_ + 1),
                                                         std::to_string(view_.exercises.size())});
  if (!view_.running) text += " \u00b7 " + ui_text("ready when you are");
  heading_->SetLabel(utf8(text));
}

void BreakWindow::update_buttons() {
  done_->SetLabel(view_.running ? _("&Done") : _("&Start"));
  done_->SetToolTip(view_.running ? _("I did it (D or Enter)")
                                  : _("Start the break now (D or Enter)"));
  // Strict mode: no skipping, and no snoozing once the snoozes are used up.
  skip_->Show(view_.skip_allowed);
  snooze_->Show(view_.snooze_allowed);
  panel_->Layout();
}

void BreakWindow::set_running(int remaining_s, Clock::time_point now) {
  const bool started = !view_.running;
  view_.running = true;
  const auto target = now + std::chrono::seconds(remaining_s);
  // Status pushes come in whole seconds: only correct a real drift.
  if (started || std::chrono::abs(target - ends_at_) > std::chrono::milliseconds(1500))
    ends_at_ = target;
  if (!started) return;
  update_buttons();
  update_heading();
  adjust_timer();
  tick(now);
}

void BreakWindow::adjust_timer() {
  if (finished_ || !IsShown() || IsIconized()) {
    timer_.Stop();  // nothing on screen to animate
    return;
  }
  const bool pacing = view_.running && pacer_->IsShown();
  const int interval = pacing                   ? kPacerFrameMs
                       : figure_->animating()   ? kFigureFrameMs
                                                : kCountdownFrameMs;
  if (!timer_.IsRunning() || timer_.GetInterval() != interval) timer_.Start(interval);
}

void BreakWindow::apply_status(const nlohmann::json& status) {
  if (finished_ || !status.is_object()) return;
  const auto on_break = status.find("on_break");
  if (on_break != status.end() && on_break->is_object()) {
    set_running(on_break->value("remaining_s", 0), Clock::now());
    return;
  }
  const auto due = status.find("break_due");
  if (due != status.end() && !due->is_null()) return;  // still waiting for an answer
  // Answered elsewhere (the notification, the tray, unknotctl) or time is up.
  finish(view_.running ? _("Break over.") : wxString(), 0, 0);
}

void BreakWindow::on_primary() {
  if (finished_) return;
  if (!view_.running) {
    link_.send("break");  // starts the break that is due; the push switches us over
    return;
  }
  link_.send("done");
  finish(_("Well done."), 1, 1);
}

void BreakWindow::on_snooze() {
  if (finished_ || !snooze_->IsShown()) return;
  link_.send("snooze");
  finish(_("Snoozed."), 0, 0);
}

void BreakWindow::on_skip() {
  if (finished_ || !skip_->IsShown()) return;
  link_.send("skip");
  finish(_("Skipped."), 0, 1);
}

void BreakWindow::on_escape() {
  if (snooze_->IsShown())
    on_snooze();
  else
    Close();  // strict: the break goes on, only the guide is put away
}

void BreakWindow::finish(const wxString& outcome, int taken_delta, int prompted_delta) {
  finished_ = true;
  timer_.Stop();
  body_->ShowItems(false);
  next_->Hide();
  separator_->Hide();
  buttons_->ShowItems(false);
  outcome_ = outcome;
  summary_->Show();
  heading_->SetLabel(utf8(kind_heading(view_.kind)));
  show_today(view_.taken_today + taken_delta, view_.prompted_today + prompted_delta);
  // The history has the last word (it counts answers given elsewhere too).
  link_.request(this, "stats", {{"days", 1}}, [this](const nlohmann::json& reply) {
    const auto result = reply.value("result", nlohmann::json::object());
    const auto totals = result.is_object() ? result.value("totals", nlohmann::json::object())
                                           : nlohmann::json::object();
    if (!reply.value("ok", false) || !totals.is_object() || !totals.contains("taken")) return;
    const int taken = totals.value("taken", 0) + totals.value("natural", 0);
    show_today(taken, taken + totals.value("skipped", 0));
  });
  close_timer_.StartOnce(kSummaryMs);
}

void BreakWindow::show_today(int taken, int prompted) {
  const wxString line = utf8(today_line(taken, prompted));
  summary_->SetLabel(outcome_.empty() ? line : outcome_ + "\n" + line);
  summary_->SetHelpText(summary_->GetLabel());
  // Same size as during the break: the closing line appears in place.
  panel_->Layout();
}

}  // namespace unknot
