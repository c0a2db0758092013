# bash completion for unknotctl                            -*- shell-script -*-

_unknotctl() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null; then
    _init_completion || return
  else
    cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
  fi

  local commands="status pause resume break snooze skip done meeting remind reload stats watch quit autostart help"

  # The command is the first word that is neither an option nor --socket's value.
  local i command=""
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      --socket) ((i++)) ;;
      -*) ;;
      *) command=${words[i]}; break ;;
    esac
  done

  case $prev in
    --socket) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --until | --days) return ;;  # a time or a number: nothing to offer
  esac

  case $command in
    "") COMPREPLY=($(compgen -W "$commands --socket --help --version" -- "$cur")) ;;
    status) COMPREPLY=($(compgen -W "--json" -- "$cur")) ;;
    pause) COMPREPLY=($(compgen -W "--until --meeting" -- "$cur")) ;;
    break) ((cword == i + 1)) && COMPREPLY=($(compgen -W "micro rest" -- "$cur")) ;;
    meeting | autostart) ((cword == i + 1)) && COMPREPLY=($(compgen -W "on off" -- "$cur")) ;;
    remind) ((cword == i + 2)) && COMPREPLY=($(compgen -W "done snooze" -- "$cur")) ;;  # after the reminder's id
    stats) COMPREPLY=($(compgen -W "--days --json --csv" -- "$cur")) ;;
  esac
}
complete -F _unknotctl unknotctl
