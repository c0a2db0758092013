#pragma once
// A diagnostic in the compiler format editors understand:
//   PATH:LINE:COL: error: MESSAGE
#include <string>
#include <vector>

namespace unknot {

struct Diagnostic {
  enum class Severity { error, warning };
  std::string path;
  int line = 0;    ///< 1-based; 0 = the file as a whole
  int column = 0;  ///< 1-based; 0 = the line as a whole
  Severity severity = Severity::error;
  std::string message;

  /// "PATH:LINE:COL: error: MESSAGE" (LINE/COL omitted when 0).
  [[nodiscard]] std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

/// True when any diagnostic is an error.
bool has_errors(const Diagnostics& diagnostics);

}  // namespace unknot
