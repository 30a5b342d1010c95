# bash completion for keyproj. The candidates come from `keyproj complete`, which reads the
# command table (commands, options, stage, category, format and language names) and, for region
# and project codes, the database the line names (--db, else $KEYPROJ_DB, else the default).
# Where it offers nothing (a file to import, a --db path), bash offers file names.
_keyproj() {
  # The words as typed, split at blanks only: bash's own COMP_WORDS also splits at '=', and
  # --format=csv must reach keyproj as one word.
  local line=${COMP_LINE:0:COMP_POINT}
  local -a words
  read -ra words <<<"${line#*[[:space:]]}"
  [[ $line == *[[:space:]] || ${#words[@]} -eq 0 ]] && words+=("")
  local typed=${words[-1]}
  local IFS=$'\n'
  local -a found
  found=($(command "${COMP_WORDS[0]}" complete -- "${words[@]}" 2>/dev/null))
  # Bash replaces only the part of the word after its last '=' (COMP_WORDBREAKS): give it that.
  if [[ $typed == *=* && $COMP_WORDBREAKS == *=* ]]; then
    found=("${found[@]#"${typed%=*}="}")
  fi
  COMPREPLY=("${found[@]}")
}
complete -o default -F _keyproj keyproj
