"""Korean for core's message templates (see core/messages.py), in the words of the students'
notes (glossary-ko.md): 층 for a layer, 손실 함수, 학습률, 에포크, 조기 종료…

Keys are the English templates exactly as core makes them; the values use the same named
fields. Names a user types or reads in code stay as they are: layer types (Dense, ReLU),
keys (units, lr), losses (mse), file names. tools/make_translations.py reports any
template left without Korean, and tests/core/test_messages.py fails on it.
"""
KO = {
    # -- nouns used inside other messages ---------------------------------------------------
    "design": "설계",
    "CSV file": "CSV 파일",
    "runs file": "실행 기록 파일",
    "autosave record": "자동 저장 기록",
    "text": "문자열",
    "a design object": "설계 객체",
    "an object of lists": "리스트를 담은 객체",
    "a list of numbers": "숫자 리스트",
    "an object": "객체",
    "a list of [epoch, norm] pairs": "[에포크, 노름] 쌍의 리스트",
    "a layer type": "층 종류",
    "a list of runs": "실행 기록 리스트",
    # -- JSON and files -------------------------------------------------------------------------
    "the file nests deeper than any {what} ({depth} levels)": "파일의 중첩이 어떤 {what}보다도 깊습니다 (최대 {depth}단계)",
    "the file contains {name}, which is not a number in JSON": "파일에 {name}이(가) 있습니다. JSON에서 {name}은(는) 숫자가 아닙니다",
    "the file holds an integer of {digits:,} digits ({start}...); no number in a LayerLab file has more than 20":
        "파일에 {digits:,}자리 정수({start}...)가 있습니다. LayerLab 파일의 숫자는 20자리를 넘지 않습니다",
    "{where}: holds a lone surrogate (a \\ud800-\\udfff escape that is half a character), which is not text; "
    "fix it in a text editor":
        "{where}: 짝 없는 서로게이트(글자의 절반인 \\ud800-\\udfff 이스케이프)가 있어 올바른 문자열이 아닙니다. "
        "텍스트 편집기에서 고치세요",
    "the file is {size:,.0f} MB; a {what} is at most {limit} MB": "파일 크기가 {size:,.0f} MB입니다. {what}은(는) 최대 {limit} MB입니다",
    "the file is over {limit} MB; a {what} is at most {limit} MB": "파일 크기가 {limit} MB를 넘습니다. {what}은(는) 최대 {limit} MB입니다",
    "is a device or a pipe, not a regular file; a {what} is a file": "일반 파일이 아니라 장치나 파이프입니다. {what}은(는) 파일이어야 합니다",
    "the file repeats the key {key!r} in one object": "파일의 한 객체 안에 키 {key!r}이(가) 두 번 있습니다",
    "not valid JSON at line {line}, column {column}: {reason}": "올바른 JSON이 아닙니다 ({line}행 {column}열): {reason}",
    "the file is not UTF-8 text (bad byte at offset {offset})": "UTF-8 텍스트 파일이 아닙니다 (위치 {offset}에 잘못된 바이트)",
    "the file is over {mb} MB; a design is smaller": "파일 크기가 {mb} MB를 넘습니다. 설계 파일은 그보다 작습니다",
    "{file}: {error}": "{file}: {error}",
    "{where}: {error}": "{where}: {error}",
    "{path}: cannot be read ({reason})": "{path}: 읽을 수 없습니다 ({reason})",
    "{file}: cannot be read ({reason})": "{file}: 읽을 수 없습니다 ({reason})",
    "{where}: cannot be read ({reason})": "{where}: 읽을 수 없습니다 ({reason})",
    "{file}: no such file": "{file}: 파일이 없습니다",
    # -- the design -----------------------------------------------------------------------------
    "{where}: must be a JSON object, got {value}": "{where}: JSON 객체여야 합니다. 받은 값: {value}",
    "the design: must be a JSON object, got {value}": "설계: JSON 객체여야 합니다. 받은 값: {value}",
    "{where}: must be a list, got {value}": "{where}: 리스트여야 합니다. 받은 값: {value}",
    "{where}: must be a string, got {value}": "{where}: 문자열이어야 합니다. 받은 값: {value}",
    "nodes: at most {limit} nodes, got {count}": "nodes: 노드는 최대 {limit}개입니다. 받은 개수: {count}",
    '{where}: must be an object like {{"source": "toy", "name": "xor"}}':
        '{where}: {{"source": "toy", "name": "xor"}} 같은 객체여야 합니다',
    "{where}: must be one of {choices}, got {value}": "{where}: {choices} 중 하나여야 합니다. 받은 값: {value}",
    "format: must be {format!r}; this is not a LayerLab design (got {value})":
        "format: {format!r}이어야 합니다. LayerLab 설계 파일이 아닙니다 (받은 값: {value})",
    "version: must be an integer, got {value}": "version: 정수여야 합니다. 받은 값: {value}",
    "version: this design is version {version}, made by a newer LayerLab; this one reads up to version {latest}. "
    "Update LayerLab to open it":
        "version: 이 설계는 더 새로운 LayerLab이 만든 버전 {version}입니다. 지금 LayerLab은 버전 {latest}까지 읽습니다. "
        "열려면 LayerLab을 업데이트하세요",
    "version: {version} is not a version LayerLab ever wrote": "version: {version}은(는) LayerLab이 쓴 적 없는 버전입니다",
    "{where}: unknown key; expected {allowed}": "{where}: 알 수 없는 키입니다. 가능한 키: {allowed}",
    "{where}: missing": "{where}: 빠져 있습니다",
    "{where}: must be 1 to 64 characters without spaces or dots, got {value}":
        "{where}: 공백과 점이 없는 1~64자여야 합니다. 받은 값: {value}",
    "{where}: duplicate node id {id!r}": "{where}: 노드 id {id!r}이(가) 중복됩니다",
    "{where}: must be [x, y], two numbers within +-1e7, got {value}":
        "{where}: ±1e7 범위의 두 숫자 [x, y]여야 합니다. 받은 값: {value}",
    '{where}: must be a pair of node ids like ["in", "d1"], got {value}':
        '{where}: ["in", "d1"]처럼 노드 id 두 개의 쌍이어야 합니다. 받은 값: {value}',
    "{where}: names unknown node {id!r}": "{where}: 없는 노드 {id!r}을(를) 가리킵니다",
    "{where}: connects {id!r} to itself": "{where}: {id!r}을(를) 자기 자신에 연결합니다",
    "{where}: duplicate edge {a!r} -> {b!r}": "{where}: 연결 {a!r} -> {b!r}이(가) 중복됩니다",
    "edges: form a cycle {cycle}; a network must flow one way":
        "edges: 순환 {cycle}이(가) 생깁니다. 신경망은 한 방향으로만 흘러야 합니다",
    "{where}: must be an object like {{\"type\": \"adam\", \"lr\": 0.001}}":
        "{where}: {{\"type\": \"adam\", \"lr\": 0.001}} 같은 객체여야 합니다",
    "{where}: unknown setting of {kind}; expected {allowed}": "{where}: {kind}에 없는 설정입니다. 가능한 설정: {allowed}",
    # -- lesson routes --------------------------------------------------------------------------
    "{where}: must be a list of 1 to {most} items, got {value}": "{where}: 항목 1~{most}개의 리스트여야 합니다. 받은 값: {value}",
    "{where}: must be a non-empty string of at most {most} characters, got {value}":
        "{where}: 비어 있지 않은 {most}자 이하의 문자열이어야 합니다. 받은 값: {value}",
    "{where}: must be an object, got {value}": "{where}: 객체여야 합니다. 받은 값: {value}",
    "{where}: must be a .layerlab file name beside the design (no folders), got {value}":
        "{where}: 설계와 같은 폴더에 있는 .layerlab 파일 이름이어야 합니다 (폴더 없이). 받은 값: {value}",
    "{where}: must be a learning rate in (0, 10], got {value}": "{where}: (0, 10] 범위의 학습률이어야 합니다. 받은 값: {value}",
    # -- CSV data ---------------------------------------------------------------------------------
    "{file}, line {line}, column {column} ({name!r})": "{file}, {line}행, {column}열 ({name!r})",
    "{file}: is not text in UTF-8": "{file}: UTF-8 텍스트가 아닙니다",
    "{where}: {value!r} is not a number (the task is regression)": "{where}: {value!r}은(는) 숫자가 아닙니다 (회귀 문제입니다)",
    "{where}: {value!r} is not a number": "{where}: {value!r}은(는) 숫자가 아닙니다",
    "{file}: the file is empty; expected a header row and rows of data":
        "{file}: 파일이 비어 있습니다. 머리글 행과 데이터 행이 있어야 합니다",
    "{file}: the header has one column; expected features and a target column separated by commas":
        "{file}: 머리글에 열이 하나뿐입니다. 쉼표로 구분된 특성 열들과 타깃 열이 있어야 합니다",
    "{file}: no column named {target!r}; the columns are: {columns}": "{file}: {target!r}이라는 열이 없습니다. 있는 열: {columns}",
    "{file}: the header names the column {name!r} twice": "{file}: 머리글에 {name!r} 열이 두 번 있습니다",
    "{file}: has a header but no rows of data": "{file}: 머리글만 있고 데이터 행이 없습니다",
    "{where}: missing or not a finite number ({value})": "{where}: 값이 없거나 유한한 숫자가 아닙니다 ({value})",
    "{where}: missing or not a finite number": "{where}: 값이 없거나 유한한 숫자가 아닙니다",
    "{file}: the target column {target!r} has only one class ({label!r}); classification needs at least two":
        "{file}: 타깃 열 {target!r}에 클래스가 하나({label!r})뿐입니다. 분류에는 클래스가 두 개 이상 필요합니다",
    "{where}: missing value": "{where}: 값이 없습니다",
    "{path}: no such file (the data of this design)": "{path}: 파일이 없습니다 (이 설계의 데이터)",
    "{file}: is a folder; choose a CSV file": "{file}: 폴더입니다. CSV 파일을 고르세요",
    "{file}, line {line}: has {count} values, the header has {width}": "{file}, {line}행: 값이 {count}개인데 머리글은 {width}개입니다",
    "training.data.path: choose the CSV file to train on": "training.data.path: 학습할 CSV 파일을 고르세요",
    "training.data.target: name the CSV column to predict": "training.data.target: 예측할 CSV 열 이름을 정하세요",
    # -- trained-model files ----------------------------------------------------------------------
    "{file}: is a folder, not a trained-model file (.npz)": "{file}: 폴더입니다. 학습된 모델 파일(.npz)이 아닙니다",
    "{file}: is not a regular file; a trained model is an .npz file": "{file}: 일반 파일이 아닙니다. 학습된 모델은 .npz 파일입니다",
    "{where}: is damaged ({reason})": "{where}: 손상되었습니다 ({reason})",
    "{file}: is not a trained-model file (.npz)": "{file}: 학습된 모델 파일(.npz)이 아닙니다",
    "{file}: has no {key}; it was not written by LayerLab": "{file}: {key}이(가) 없습니다. LayerLab이 쓴 파일이 아닙니다",
    "{file}: {key} declares {size:,} bytes; a design is at most {limit:,}":
        "{file}: {key}의 크기가 {size:,}바이트라고 되어 있습니다. 설계는 최대 {limit:,}바이트입니다",
    "{file}: {key} must be a 0-d string array, got {dtype} {shape}": "{file}: {key}은(는) 0차원 문자열 배열이어야 합니다. 받은 값: {dtype} {shape}",
    "{where}: not a NumPy array ({reason})": "{where}: NumPy 배열이 아닙니다 ({reason})",
    "{file}: unexpected member {member!r}; a model holds only arrays": "{file}: 예상하지 못한 항목 {member!r}이(가) 있습니다. 모델에는 배열만 들어 있습니다",
    "{file}: its design: {error}": "{file}: 들어 있는 설계: {error}",
    "{file}: {key!r} is not a parameter of its design": "{file}: {key!r}은(는) 이 설계의 매개변수가 아닙니다",
    "{file}: {key!r} is missing": "{file}: {key!r}이(가) 빠져 있습니다",
    "{where}: declares {size:,} bytes, more than its shape {shape} can hold":
        "{where}: 크기가 {size:,}바이트라고 되어 있어 형태 {shape}에 담을 수 있는 양보다 큽니다",
    "{where}: must be a float array, got dtype {dtype}": "{where}: 실수 배열이어야 합니다. 받은 dtype: {dtype}",
    "{where}: has shape {shape}, the design needs {want}": "{where}: 형태가 {shape}인데 설계에는 {want}이(가) 필요합니다",
    "{where}: contains NaN or infinite values": "{where}: NaN이나 무한대 값이 들어 있습니다",
    "{where}: holds values beyond float32's range (+-{limit:.4g}); LayerLab's weights are float32":
        "{where}: float32 범위(±{limit:.4g})를 넘는 값이 있습니다. LayerLab의 가중치는 float32입니다",
    "{where}: .npy format version {version} is not supported": "{where}: .npy 형식 버전 {version}은(는) 지원하지 않습니다",
    # -- autosave recovery ------------------------------------------------------------------------
    "autosave {name}": "자동 저장 {name}",
    "{label}: {file}": "{label}: {file}",
    "{label}: the autosaved design": "{label}: 자동 저장된 설계",
    "must be a JSON object, got {value}": "JSON 객체여야 합니다. 받은 값: {value}",
    "saved: must be a time in seconds since 1970, got {value}": "saved: 1970년부터 센 초 단위 시각이어야 합니다. 받은 값: {value}",
    "path: must be a file name or null, got {value}": "path: 파일 이름이나 null이어야 합니다. 받은 값: {value}",
    "{name} is missing": "{name}이(가) 없습니다",
    "{name} is damaged: {error}": "{name}이(가) 손상되었습니다: {error}",
    "{name} cannot be read ({reason})": "{name}을(를) 읽을 수 없습니다 ({reason})",
    # -- training ---------------------------------------------------------------------------------
    "training diverged: {what} in epoch {epoch}, batch {batch}. The learning rate ({lr:g}) is probably too high; "
    "try {try_lr:g}. The weights are back to {state}, the last finite ones.":
        "학습이 발산했습니다: 에포크 {epoch}, 미니배치 {batch}에서 {what}. 학습률({lr:g})이 너무 큰 것 같습니다. "
        "{try_lr:g}(으)로 해 보세요. 가중치는 마지막으로 유한했던 {state}(으)로 되돌렸습니다.",
    "completed {n} epoch": "에포크 {n}번 완료",
    "completed {n} epochs": "에포크 {n}번 완료",
    "a weight became NaN or infinite": "가중치가 NaN이나 무한대가 되었습니다",
    "the loss became NaN": "손실이 NaN이 되었습니다",
    "the loss became infinite": "손실이 무한대가 되었습니다",
    "their state after epoch {epoch}": "에포크 {epoch} 뒤의 값",
    "their initial values": "초기값",
    "stopped by the user during epoch {epoch}": "에포크 {epoch} 도중 사용자가 멈췄습니다",
    "early stopping: {monitor} did not improve for {n} epoch; best was epoch {best}":
        "조기 종료: {monitor}이(가) 에포크 {n}번 동안 나아지지 않았습니다. 가장 좋았던 것은 에포크 {best}입니다",
    "early stopping: {monitor} did not improve for {n} epochs; best was epoch {best}":
        "조기 종료: {monitor}이(가) 에포크 {n}번 동안 나아지지 않았습니다. 가장 좋았던 것은 에포크 {best}입니다",
    "{message} (epoch {best}'s weights, the best, are restored)": "{message} (가장 좋았던 에포크 {best}의 가중치로 되돌렸습니다)",
    "{message} (its weights are restored)": "{message} (그 에포크의 가중치로 되돌렸습니다)",
    "the data has {features} features, but {node} (Input) expects shape {shape}; set its shape to [{features}]":
        "데이터의 특성은 {features}개인데 {node} (Input)는 형태 {shape}을(를) 기대합니다. 형태를 [{features}](으)로 정하세요",
    "binary_crossentropy with 1 output unit needs 2 classes, but the data has {k}; "
    "use {k} units with Softmax and categorical_crossentropy":
        "출력 유닛이 1개인 binary_crossentropy에는 클래스가 2개여야 하는데 데이터에는 {k}개가 있습니다. "
        "Softmax와 categorical_crossentropy로 유닛 {k}개를 쓰세요",
    "the data has {k} classes, but {last} outputs {units} values; give the last Dense layer {k} units":
        "데이터의 클래스는 {k}개인데 {last}의 출력은 {units}개입니다. 마지막 Dense 층의 units를 {k}(으)로 하세요",
    "the data is regression with one target, but {last} outputs {units} values; give the last Dense layer 1 unit":
        "데이터는 타깃이 하나인 회귀 문제인데 {last}의 출력은 {units}개입니다. 마지막 Dense 층의 units를 1로 하세요",
    "training.loss: {loss} is for classification; this data is regression, use mse":
        "training.loss: {loss}은(는) 분류용 손실 함수입니다. 이 데이터는 회귀 문제이니 mse를 쓰세요",
    "the validation split leaves no training samples; lower it": "검증 데이터 비율 때문에 훈련 데이터가 남지 않습니다. 비율을 낮추세요",
    "{where}: {monitor!r} needs a validation split above 0": "{where}: {monitor!r}에는 0보다 큰 검증 데이터 비율이 필요합니다",
    "{where}: {monitor!r} is for classification; this data is regression (use mae)":
        "{where}: {monitor!r}은(는) 분류용입니다. 이 데이터는 회귀 문제입니다 (mae를 쓰세요)",
    "{where}: {monitor!r} is for regression; this data is classification": "{where}: {monitor!r}은(는) 회귀용입니다. 이 데이터는 분류 문제입니다",
    # -- runs: what differs, variants, the runs file ----------------------------------------------
    "activation": "활성화 함수",
    "initialiser": "가중치 초기값",
    "optimizer": "최적화 방법",
    "learning rate": "학습률",
    "{sweep} = {choice}": "{sweep} = {choice}",
    "{swap} ({n} layer)": "{swap} ({n}개 층)",
    "{swap} ({n} layers)": "{swap} ({n}개 층)",
    "{n} layers": "{n}개 층",
    "{key} {old} → {new} ({where})": "{key} {old} → {new} ({where})",
    "{key} {old} → {new}": "{key} {old} → {new}",
    "added {ids}": "추가: {ids}",
    "removed {ids}": "삭제: {ids}",
    "learning rates: give at least one, e.g. 0.001, 0.01, 0.1": "학습률: 하나 이상 적으세요. 예: 0.001, 0.01, 0.1",
    "learning rates: {value!r} is not a number (write e.g. 0.001, 0.01, 0.1)":
        "학습률: {value!r}은(는) 숫자가 아닙니다 (예: 0.001, 0.01, 0.1)",
    "learning rates: {value} must be a positive number": "학습률: {value}은(는) 양수여야 합니다",
    "sweep: {sweep!r} is not one of {choices}": "비교 항목: {sweep!r}은(는) {choices} 중 하나가 아닙니다",
    "{sweep}: choose at least one value to try": "{sweep}: 시험할 값을 하나 이상 고르세요",
    "{sweep}: {choice!r} is not one of {choices}": "{sweep}: {choice!r}은(는) {choices} 중 하나가 아닙니다",
    "loss": "손실 함수",
    "scaling": "스케일링",
    "loss: {choice!r} does not fit this design's last layer ({last}); choose one of {choices}":
        "손실 함수: {choice!r}은(는) 이 설계의 마지막 층({last})에 맞지 않습니다. {choices} 중에서 고르세요",
    "activation: the design has no {some} or {last} layer to swap": "활성화 함수: 바꿀 {some}, {last} 층이 설계에 없습니다",
    "initialiser: the design has no Dense layer": "가중치 초기값: 설계에 Dense 층이 없습니다",
    "a run holds a NaN or infinite number, which JSON cannot store": "실행 기록에 JSON에 저장할 수 없는 NaN이나 무한대 값이 있습니다",
    "{where}: expected a finite number, found {value}": "{where}: 유한한 숫자여야 합니다. 받은 값: {value}",
    "{where}: must be at least {lo}": "{where}: {lo} 이상이어야 합니다",
    "{where}: expected {what}": "{where}: 기대한 형식은 {what}입니다",
    "{where}: unknown field {field!r}": "{where}: 알 수 없는 항목 {field!r}",
    "{where}: missing field {field!r}": "{where}: 항목 {field!r}이(가) 빠져 있습니다",
    "{where}: expected an epoch from 1 to {epochs}, found {value}": "{where}: 1부터 {epochs}까지의 에포크여야 합니다. 받은 값: {value}",
    "{where}: expected an [epoch, norm] pair": "{where}: [에포크, 노름] 쌍이어야 합니다",
    "{where}: expected exactly the fields type, counts, lo and hi": "{where}: 정확히 type, counts, lo, hi 항목이 있어야 합니다",
    "{where}: hi must be above lo": "{where}: hi는 lo보다 커야 합니다",
    "format: expected {format!r}; this is not a LayerLab runs file": "format: {format!r}이어야 합니다. LayerLab 실행 기록 파일이 아닙니다",
    "version: {version!r} is not a version LayerLab wrote (expected 1)": "version: {version!r}은(는) LayerLab이 쓴 버전이 아닙니다 (1이어야 합니다)",
    # -- the command line (core/cli.py) -----------------------------------------------------------
    "{path}: {error}": "{path}: {error}",
    "{path}: no such file": "{path}: 파일이 없습니다",
    "{path}: is a folder, not a design file": "{path}: 폴더입니다. 설계 파일이 아닙니다",
    "{path}: permission denied": "{path}: 권한이 없습니다",
    "{path}: cannot be written ({reason})": "{path}: 쓸 수 없습니다 ({reason})",
    "Node": "노드",
    "Type": "종류",
    "Output shape": "출력 형태",
    "Params": "매개변수 수",
    'Design: "{name}"': '설계: "{name}"',
    "Total params: {count:,}": "전체 매개변수 수: {count:,}",
    "epoch {epoch}/{epochs}  {metrics}": "에포크 {epoch}/{epochs}  {metrics}",
    "{message} in {seconds:.2f} s": "{message} ({seconds:.2f}초)",
    "final: {metrics}": "최종: {metrics}",
    "wrote {path}": "{path}에 썼습니다",
    "interrupted": "중단되었습니다",
    "interrupted during epoch {epoch}; {n} complete epoch was kept and written":
        "에포크 {epoch} 도중 중단되었습니다. 끝난 에포크 {n}번의 결과를 남기고 파일에 썼습니다",
    "interrupted during epoch {epoch}; {n} complete epochs were kept and written":
        "에포크 {epoch} 도중 중단되었습니다. 끝난 에포크 {n}번의 결과를 남기고 파일에 썼습니다",
    "interrupted during epoch {epoch}; {n} complete epoch was kept": "에포크 {epoch} 도중 중단되었습니다. 끝난 에포크 {n}번의 결과를 남겼습니다",
    "interrupted during epoch {epoch}; {n} complete epochs were kept": "에포크 {epoch} 도중 중단되었습니다. 끝난 에포크 {n}번의 결과를 남겼습니다",
    "{command}: {error} (see --help)": "{command}: {error} (--help 참고)",
    # -- shapes (core/layers.py) -------------------------------------------------------------------
    "expects 1-D input, got {shape}; add a Flatten": "1차원 입력이 필요한데 {shape}을(를) 받았습니다. Flatten을 넣으세요",
    "weights.W has shape {got}, but this layer needs {want} (inputs, units)":
        "weights.W의 형태는 {got}인데 이 층에는 {want} (입력 수, units)가 필요합니다",
    "weights.b has {count} values, but this layer needs {units}": "weights.b의 값은 {count}개인데 이 층에는 {units}개가 필요합니다",
    "weights.b has {count} values, but this layer needs none (use_bias is off)":
        "weights.b의 값은 {count}개인데 이 층에는 필요 없습니다 (use_bias가 꺼져 있음)",
    "{name} ({n})": "{name} ({n})",
    # -- parameters and their rules (core/registry.py) ----------------------------------------------
    "{where}: must be {rule}, got {value}": "{where}: 허용되는 값은 {rule}입니다. 받은 값: {value}",
    "true or false": "true 또는 false",
    "one of {choices}": "{choices} 중 하나",
    "a non-empty string": "비어 있지 않은 문자열",
    "a list of 1 to 3 integers from 1 to {most}": "1부터 {most}까지의 정수 1~3개로 된 리스트",
    'null or {{"W": [[...], ...], "b": [...]}} with at most {most} finite numbers, W a list of equal rows':
        'null 또는 {{"W": [[...], ...], "b": [...]}} (유한한 숫자 최대 {most}개, W는 길이가 같은 행들의 리스트)',
    "an integer from {lo} to {hi}": "{lo}부터 {hi}까지의 정수",
    "an integer in {interval}": "{interval} 범위의 정수",
    "a number in {interval}": "{interval} 범위의 숫자",
    "an integer > {value}": "{value}보다 큰 정수",
    "a number > {value}": "{value}보다 큰 숫자",
    "an integer >= {value}": "{value} 이상의 정수",
    "a number >= {value}": "{value} 이상의 숫자",
    "an integer < {value}": "{value}보다 작은 정수",
    "a number < {value}": "{value}보다 작은 숫자",
    "an integer <= {value}": "{value} 이하의 정수",
    "a number <= {value}": "{value} 이하의 숫자",
    "an integer": "정수",
    "a number": "숫자",
    "{where}: unknown layer type {value}; expected one of {types}": "{where}: 알 수 없는 층 종류 {value}입니다. 가능한 종류: {types}",
    "{where}: must be an object of parameters, got {value}": "{where}: 매개변수 객체여야 합니다. 받은 값: {value}",
    "none": "없음",
    "{where}: unknown parameter of {layer}; expected {expected}": "{where}: {layer}에 없는 매개변수입니다. 가능한 매개변수: {expected}",
    "{where}: missing; {layer} needs it ({rule})": "{where}: 빠져 있습니다. {layer}에 꼭 필요합니다 ({rule})",
    "line {line}, column {column}: {error}": "{line}행 {column}열: {error}",
    "an integer of {n} digits": "{n}자리 정수",
    "{where}: {value} is out of range (at most {most})": "{where}: {value}은(는) 범위를 벗어납니다 (최대 {most})",
    "a list of counts": "개수 리스트",
    "an object with type, counts, lo and hi": "type, counts, lo, hi가 있는 객체",
    # the json module's reasons
    "Expecting value": "값이 와야 합니다",
    "Expecting ',' delimiter": "쉼표(,)가 와야 합니다",
    "Expecting ':' delimiter": "쌍점(:)이 와야 합니다",
    "Expecting property name enclosed in double quotes": "큰따옴표로 감싼 키 이름이 와야 합니다",
    "Extra data": "JSON 값 뒤에 남는 데이터가 있습니다",
    "Unterminated string starting at": "문자열이 닫히지 않았습니다",
    "Invalid control character at": "문자열 안에 허용되지 않는 제어 문자가 있습니다",
    "Invalid \\escape": "잘못된 \\ 이스케이프입니다",
    "Invalid \\uXXXX escape": "잘못된 유니코드 이스케이프입니다 (역슬래시 다음 16진수 네 자리여야 합니다)",
    "Illegal trailing comma before end of object": "객체 끝에 쉼표가 남아 있습니다",
    "Illegal trailing comma before end of array": "리스트 끝에 쉼표가 남아 있습니다",
    "Unexpected UTF-8 BOM (decode using utf-8-sig)": "예상하지 못한 UTF-8 BOM이 있습니다",
    "{rule}, or null": "{rule} 또는 null",
    # -- the network (core/network.py, core/conv.py, core/merge.py) -----------------------------------
    "{node} ({type}): {error}": "{node} ({type}): {error}",
    "the design is empty; add an Input and some layers": "설계가 비어 있습니다. Input과 층 몇 개를 넣으세요",
    "is part of a cycle; a network must flow one way": "순환의 일부입니다. 신경망은 한 방향으로만 흘러야 합니다",
    "the design has no Input node; add one at the top": "설계에 Input 노드가 없습니다. 맨 위에 하나 넣으세요",
    "the design has several Input nodes ({ids}); a network takes one": "설계에 Input 노드가 여러 개 있습니다 ({ids}). 신경망의 입력은 하나입니다",
    "is an input and cannot take one; remove the edge from {ids}": "입력 노드라서 입력을 받을 수 없습니다. {ids}에서 오는 연결을 지우세요",
    "has no input; connect a layer to it": "입력이 없습니다. 층을 연결하세요",
    "takes one input, got {n} (from {ids})": "입력을 하나만 받는데 {n}개가 연결되어 있습니다 ({ids}에서)",
    "merges two or more inputs, got {n} (from {ids}); connect another layer to it":
        "입력 두 개 이상을 합치는데 {n}개만 연결되어 있습니다 ({ids}에서). 층을 하나 더 연결하세요",
    "has no {keys}; set it in the properties": "{keys}이(가) 정해지지 않았습니다. 속성에서 정하세요",
    "{need}, but edges[{i}] brings {a_shape} from {a} and edges[{j}] brings {b_shape} from {b}":
        "{need}. 그런데 edges[{i}]는 {a}에서 {a_shape}을(를), edges[{j}]는 {b}에서 {b_shape}을(를) 가져옵니다",
    "the network has {count:,} parameters; at most {most:,} are allowed": "신경망의 매개변수가 {count:,}개입니다. 최대 {most:,}개까지 됩니다",
    "the design has several outputs ({ids}); every path must end at one output layer":
        "설계에 출력이 여러 개 있습니다 ({ids}). 모든 경로는 출력층 하나에서 끝나야 합니다",
    "has no path to the output ({output}); connect it or delete it": "출력({output})으로 가는 경로가 없습니다. 연결하거나 지우세요",
    "{where} needs a Softmax last layer, but the last layer is {node} ({type}); add a Softmax or choose another loss":
        "{where}에는 마지막 층으로 Softmax가 필요한데 마지막 층이 {node} ({type})입니다. Softmax를 넣거나 다른 손실 함수를 고르세요",
    "{where} needs a Sigmoid last layer, but the last layer is {node} ({type}); add a Sigmoid or choose another loss":
        "{where}에는 마지막 층으로 Sigmoid가 필요한데 마지막 층이 {node} ({type})입니다. Sigmoid를 넣거나 다른 손실 함수를 고르세요",
    "{loss} needs 2 or more classes, but the Softmax gets {shape}: a Softmax over 1 unit always outputs 1. Give the "
    "layer before it one unit per class, or use a Sigmoid with binary_crossentropy":
        "{loss}에는 클래스가 2개 이상 필요한데 Softmax가 받는 형태는 {shape}입니다: 유닛 1개의 Softmax는 언제나 1을 "
        "출력합니다. 앞 층에 클래스마다 유닛을 하나씩 주거나, Sigmoid와 binary_crossentropy를 쓰세요",
    "{kind} expects images of shape (height, width, channels), got {shape}; give the Input a shape such as "
    "[8, 8, 1], or add a Reshape":
        "{kind}에는 (높이, 너비, 채널) 형태의 이미지가 필요한데 {shape}을(를) 받았습니다. Input의 형태를 [8, 8, 1]처럼 "
        "정하거나 Reshape를 넣으세요",
    "a kernel_size": "kernel_size",
    "a pool_size": "pool_size",
    "{what} of {k} does not fit an input of {size} pixels with padding 'valid'; use a smaller one or padding 'same'":
        "{what} {k}은(는) padding 'valid'로는 {size}픽셀 입력에 들어가지 않습니다. 더 작게 하거나 padding 'same'을 쓰세요",
    "cannot reshape {shape} ({count} values) into {target} ({want} values)":
        "{shape} (값 {count}개)을(를) {target} (값 {want}개)(으)로 바꿀 수 없습니다",
    "Add needs inputs of one shape": "Add의 입력은 모두 같은 형태여야 합니다",
    "axis 0 is the batch axis; join samples' features with -1 (the last axis) or 1, 2, 3":
        "axis 0은 배치 축입니다. 샘플의 특성은 -1(마지막 축)이나 1, 2, 3으로 이어 붙이세요",
    "axis {axis} does not exist for inputs of shape {shape}": "형태가 {shape}인 입력에는 axis {axis}가 없습니다",
    "Concatenate needs inputs with the same number of axes": "Concatenate의 입력은 축의 개수가 같아야 합니다",
    "Concatenate on axis {axis} needs inputs that agree on every other axis":
        "axis {axis}로 Concatenate하려면 입력들이 나머지 모든 축에서 크기가 같아야 합니다",
    # -- export (core/export) ------------------------------------------------------------------------
    "--to: expected pytorch or keras, got {value!r}": "--to: pytorch나 keras여야 합니다. 받은 값: {value!r}",
    "training.loss: sum_squared_error cannot be exported yet; choose mse (the same minimum; its gradient is "
    "2 / outputs times as large)":
        "training.loss: sum_squared_error는 아직 내보낼 수 없습니다. mse를 고르세요 (최소점은 같고, 기울기는 "
        "2 / 출력 수 배입니다)",
    "{file}: its parameters do not fit this design (first difference: {key!r})":
        "{file}: 매개변수가 이 설계와 맞지 않습니다 (처음 다른 곳: {key!r})",
    "nodes: {node!r} ({kind}) cannot be exported to {framework}: the registry declares no {framework} equivalent "
    "for {kind}":
        "nodes: {node!r} ({kind})은(는) {framework}(으)로 내보낼 수 없습니다: 레지스트리에 {kind}에 해당하는 "
        "{framework} 층이 선언되어 있지 않습니다",
    # -- the dashboard's caption over the gradient histograms (core/training.py) -----------------------
    "Now: the gradient reaching each layer, per sample of a probe batch of validation samples, as log10 of its "
    "size relative to the same sample's gradient at the top layer (0: as large as at the top, -3: a thousandth). "
    "Far to the left means vanishing.":
        "지금: 각 층에 도달하는 기울기를, 검증 샘플로 된 프로브 배치의 샘플마다 같은 샘플이 맨 위 층에서 받는 "
        "기울기에 대한 크기의 log10으로 보여 줍니다 (0: 맨 위와 같은 크기, -3: 천분의 일). 왼쪽으로 멀수록 "
        "기울기 소실입니다.",
    # -- diagnostics (core/diagnostics.py: warnings from the probe batch, filled in with str.format) ----
    "{share:.0%} of the outputs of {layer} are within {margin} of the {kind}'s limits, where it is flat":
        "{layer} 층 출력의 {share:.0%}가 {kind}의 한계값에서 {margin} 이내, 기울기가 거의 0인 평평한 구간에 있습니다",
    "Where a {kind} is flat its slope is almost zero, so almost no gradient passes back through it. "
    "Weights that are too large (or inputs that are not scaled) push its inputs there.":
        "{kind}가 평평한 구간에서는 기울기가 거의 0이라 역전파로 기울기가 거의 전달되지 않습니다. "
        "가중치가 너무 크거나 입력을 스케일링하지 않으면 입력이 그 구간으로 밀려납니다.",
    "Use Xavier initialisation (xavier_normal) in the Dense layer before it.":
        "앞의 Dense 층에 Xavier 초기값(xavier_normal)을 쓰세요.",
    "Add batch normalisation before the activation.": "활성화 함수 앞에 배치 정규화를 넣으세요.",
    "Try ReLU with He initialisation instead.": "대신 He 초기값과 함께 ReLU를 써 보세요.",
    "Lower the learning rate.": "학습률을 낮추세요.",
    "{share:.0%} of the units of {layer} are dead: zero on every probe sample":
        "{layer} 층 뉴런의 {share:.0%}가 죽었습니다: 모든 검사 샘플에서 출력이 0입니다",
    "A ReLU whose input is negative for every sample outputs 0 and passes no gradient back, so the "
    "weights feeding it never change again. Large negative biases and a learning rate that is too "
    "high cause it.":
        "모든 샘플에서 입력이 음수인 ReLU는 0을 출력하고 기울기를 전혀 전달하지 않으므로, 그 앞의 가중치는 "
        "다시는 바뀌지 않습니다. 큰 음수 편향이나 너무 높은 학습률이 원인입니다.",
    "Use He initialisation (he_normal) in the Dense layer before it.": "앞의 Dense 층에 He 초기값(he_normal)을 쓰세요.",
    "Use LeakyReLU, which keeps a small slope below 0.": "0 아래에서도 작은 기울기를 유지하는 LeakyReLU를 쓰세요.",
    "The gradient reaching {layer} is {ratio:.1e} of the top layer's: its weights barely learn":
        "{layer} 층에 도달하는 기울기가 맨 위 층의 {ratio:.1e}배입니다(기울기 소실): 가중치가 거의 학습되지 않습니다",
    "On the way down every Sigmoid or Tanh multiplies the gradient by its slope (at most 0.25 for a "
    "Sigmoid), and a dead or saturated layer passes almost none, so the lower layers get almost "
    "nothing to learn from.":
        "역전파 중 Sigmoid나 Tanh를 지날 때마다 기울기에 그 함수의 기울기(Sigmoid는 최대 0.25)가 곱해지고, "
        "죽었거나 포화된 층은 기울기를 거의 전달하지 않으므로 아래층은 배울 것이 거의 없습니다.",
    "Use ReLU with He initialisation (he_normal).": "He 초기값(he_normal)과 함께 ReLU를 쓰세요.",
    "Add batch normalisation between the layers.": "층 사이에 배치 정규화를 넣으세요.",
    "Use LeakyReLU if ReLUs are dying.": "ReLU가 죽는다면 LeakyReLU를 쓰세요.",
    "Use fewer layers.": "층 수를 줄이세요.",
    # argparse's sentences (core/cli.py)
    "argument {name}: {error}": "인자 {name}: {error}",
    "the following arguments are required: {names}": "다음 인자가 필요합니다: {names}",
    "invalid choice: {value} (choose from {choices})": "잘못된 선택: {value} ({choices} 중에서 고르세요)",
    "unrecognized arguments: {args}": "알 수 없는 인자: {args}",
    "expected one argument": "값이 하나 필요합니다",
    "expected a whole number of at least 1, got {value}": "1 이상의 정수여야 합니다. 받은 값: {value}",
    "expected a whole number from 0 to 2147483647, got {value}": "0부터 2147483647까지의 정수여야 합니다. 받은 값: {value}",
    "expected a design file or one of {commands}, got {args!r}; see 'python main.py --help'":
        "설계 파일이나 {commands} 중 하나가 와야 합니다. 받은 값: {args!r}. 'python main.py --help'를 보세요",
    # -- painted points (core/points.py) ---------------------------------------------------------
    "{where}: must be a list of points like [[0.5, -1.0, 1], ...], got {value}":
        "{where}: [[0.5, -1.0, 1], ...]처럼 점의 리스트여야 합니다. 받은 값: {value}",
    "{where}: at most {limit} points, got {count}": "{where}: 점은 최대 {limit}개까지입니다. 받은 개수: {count}",
    "{where}: expected [x1, x2, class], three numbers within +-{limit}, got {value}":
        "{where}: [x1, x2, 클래스] 형태의 ±{limit} 이내 숫자 세 개여야 합니다. 받은 값: {value}",
    "{where}: expected [x1, x2, value], three numbers within +-{limit}, got {value}":
        "{where}: [x1, x2, 값] 형태의 ±{limit} 이내 숫자 세 개여야 합니다. 받은 값: {value}",
    "{where}: expected [x1, x2, class], the class an integer from 0 to {top}, got {value}":
        "{where}: [x1, x2, 클래스] 형태이고 클래스는 0부터 {top}까지의 정수여야 합니다. 받은 값: {value}",
    "training.data.points: paint at least {least} points to train on (there are {count})":
        "training.data.points: 학습하려면 점을 {least}개 이상 그리세요 (지금 {count}개)",
    "({count} entries)": "({count}개 항목)",
}
