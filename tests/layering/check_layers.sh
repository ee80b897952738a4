#!/usr/bin/env bash
# The compiler's stages depend one way (README "Architecture"): a file may include
# headers of its own stage and of earlier ones, never of a later one, and always by
# its stage-qualified path ("syntax/parse.h"). Usage: check_layers.sh SRC_DIR
set -euo pipefail
src=${1:?usage: check_layers.sh SRC_DIR}
stages=(support syntax facts graph audit emit manifest driver serve)

rank_of() {
  local i
  for i in "${!stages[@]}"; do [[ ${stages[$i]} == "$1" ]] && { echo "$i"; return; }; done
  echo -1
}

status=0
while IFS= read -r -d '' file; do
  rel=${file#"$src"/}
  stage=${rel%%/*}
  own=$(rank_of "$stage")
  if (( own < 0 )); then
    echo "$rel: not inside a stage folder (${stages[*]})"; status=1; continue
  fi
  line_no=0
  while IFS= read -r line; do
    line_no=$((line_no + 1))
    [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]] || continue
    header=${BASH_REMATCH[1]}
    [[ $header == actionc/* ]] && continue   # the runtime's public ID codec
    if [[ $header != */* ]]; then
      echo "$rel:$line_no: includes \"$header\" without its stage folder"; status=1; continue
    fi
    target=${header%%/*}
    theirs=$(rank_of "$target")
    if (( theirs < 0 )); then
      echo "$rel:$line_no: includes \"$header\", which is in no stage folder"; status=1
    elif (( theirs > own )); then
      echo "$rel:$line_no: stage '$stage' includes \"$header\" of the later stage '$target'"; status=1
    elif [[ $header == */*_internal.h && $target != "$stage" ]]; then
      echo "$rel:$line_no: \"$header\" is internal to stage '$target'"; status=1
    fi
  done < "$file"
done < <(find "$src" -type f \( -name '*.h' -o -name '*.cpp' \) -print0 | sort -z)

(( status == 0 )) && echo "layering holds: ${stages[*]}"
exit $status
