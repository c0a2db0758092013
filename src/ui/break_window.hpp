#pragma once
// The break window: a small panel near the tray corner for a micro break, a
// larger centred window walking through the exercises of a rest break. It
// follows the daemon's status pushes: when the break ends elsewhere it shows
// today's tally for a moment and closes (and with it the process).
#include <chrono>
#include <cstddef>

#include <nlohmann/json.hpp>
#include <wx/frame.h>
#include <wx/timer.h>

#include "ui/break_window_model.hpp"
#include "ui/break_window_ring.hpp"

class wxButton;
class wxPanel;
class wxSizer;
class wxStaticBitmap;
class wxStaticText;

namespace unknot {

class DaemonLink;
class FigurePanel;

class BreakWindow : public wxFrame {
 public:
  using Clock = std::chrono::steady_clock;

  /// Builds the window for `view` (hidden; see present()).
  BreakWindow(DaemonLink& link, PlanReply view);
  ~BreakWindow() override;

  /// Shows it on the monitor under the mouse, on top, without taking the
  /// keyboard from whatever the user is typing into; starts following the daemon.
  void present();
  /// Follows one status push (or reply) from the daemon.
  void apply_status(const nlohmann::json& status);
  /// Brings the display up to `now` (the timer calls it; tests call it directly).
  void tick(Clock::time_point now);

  /// The exercise on screen (index into the plan's exercises).
  [[nodiscard]] std::size_t current_exercise() const { return index_; }
  /// True once the break is over and the closing line shows.
  [[nodiscard]] bool finished() const { return finished_; }
  /// True while the break runs (false: due, waiting for Start).
  [[nodiscard]] bool running() const { return view_.running; }
  /// The time the pacer is shown at, for tests and the screenshot.
  [[nodiscard]] const BreathingPacer& pacer() const { return *pacer_; }
  /// The exercise's figure, for tests and the screenshot.
  [[nodiscard]] const FigurePanel& figure() const { return *figure_; }

 private:
  void build();
  wxSizer* build_body(wxWindow* parent);
  wxSizer* build_buttons(wxWindow* parent);
  void bind_keys();
  void place_on_screen();
  void show_exercise(std::size_t index);
  void show_without_exercises();
  void update_buttons();
  void update_heading();
  void update_picture(const PlanExercise& step);
  void set_running(int remaining_s, Clock::time_point now);
  void adjust_timer();
  void on_primary();
  void on_snooze();
  void on_skip();
  void on_escape();
  /// Raises the window and gives it the keyboard once the user has stopped typing.
  void take_focus_when_idle();
  void finish(const wxString& outcome, int taken_delta, int prompted_delta);
  void show_today(int taken, int prompted);
  [[nodiscard]] double elapsed_s(Clock::time_point now) const;

  DaemonLink& link_;
  PlanReply view_;
  BreakPalette palette_;
  bool micro_;
  int wrap_width_;
  wxPanel* panel_ = nullptr;
  wxStaticText* heading_ = nullptr;
  wxStaticText* title_ = nullptr;
  wxStaticText* detail_ = nullptr;
  wxStaticText* steps_ = nullptr;
  wxStaticText* caution_ = nullptr;
  wxStaticText* next_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxWindow* separator_ = nullptr;
  wxStaticBitmap* picture_ = nullptr;
  ProgressRing* ring_ = nullptr;
  BreathingPacer* pacer_ = nullptr;
  FigurePanel* figure_ = nullptr;
  bool reduced_motion_ = false;
  Clock::time_point exercise_shown_at_;  ///< the figure plays from here
  wxSizer* body_ = nullptr;
  wxSizer* buttons_ = nullptr;
  wxButton* done_ = nullptr;
  wxButton* snooze_ = nullptr;
  wxButton* skip_ = nullptr;
  wxTimer timer_;
  wxTimer close_timer_;
  wxTimer focus_timer_;  ///< asks whether the user has stopped typing
  Clock::time_point ends_at_;
  std::size_t index_ = static_cast<std::size_t>(-1);
  bool finished_ = false;
  wxString outcome_;  ///< the closing line's first half ("Well done.")
};

}  // namespace unknot
