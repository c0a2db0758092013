# fish completion for unknotctl

set -l commands status pause resume break snooze skip done meeting remind reload stats watch quit autostart help

complete -c unknotctl -f
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -s h -l help -d 'Show the command summary'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -s V -l version -d 'Show the version'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -l socket -r -F -d 'Talk to the daemon at this socket'

complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a status -d 'Show what unknot is doing now'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a pause -d 'Pause reminders'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a resume -d 'End a pause'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a break -d 'Start a break now'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a snooze -d 'Postpone the break that is due'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a skip -d 'Skip the break that is due or running'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a done -d 'Finish the running break'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a meeting -d 'Hold reminders for a meeting, or end the hold'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a remind -d 'Mark a reminder done, or snooze it'
complete -c unknotctl -n '__fish_seen_subcommand_from remind' -a 'done snooze'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a reload -d 'Re-read the config and routine files'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a stats -d 'Show the break history'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a watch -d 'Print the status as JSON on every change'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a quit -d 'Stop the daemon'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a help -d 'Show the command summary'

complete -c unknotctl -n '__fish_seen_subcommand_from status' -l json -d 'Print one JSON object'
complete -c unknotctl -n '__fish_seen_subcommand_from pause' -l until -x -d 'Pause until this local time (HH:MM)'
complete -c unknotctl -n '__fish_seen_subcommand_from pause' -l meeting -d 'Count the pause as a meeting'
complete -c unknotctl -n '__fish_seen_subcommand_from break' -a 'micro rest' -d 'Break kind'
complete -c unknotctl -n '__fish_seen_subcommand_from meeting' -a 'on off'
complete -c unknotctl -n "not __fish_seen_subcommand_from $commands" -a autostart -d 'Start unknot at login, or say whether it does'
complete -c unknotctl -n '__fish_seen_subcommand_from autostart' -a 'on off'
complete -c unknotctl -n '__fish_seen_subcommand_from stats' -l days -x -d 'Days of history'
complete -c unknotctl -n '__fish_seen_subcommand_from stats' -l json -d 'Print JSON'
complete -c unknotctl -n '__fish_seen_subcommand_from stats' -l csv -d 'Print CSV'
