// Toolkits other than GTK: Windows' "Show animations in Windows"; elsewhere
// nothing to ask, so figures animate.
#ifdef _WIN32
#include <windows.h>
#endif

#include "ui/reduced_motion.hpp"

namespace unknot {

bool desktop_wants_reduced_motion() {
#ifdef _WIN32
  BOOL animations = TRUE;
  if (SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, &animations, 0) != 0)
    return animations == FALSE;
#endif
  return false;
}

}  // namespace unknot
