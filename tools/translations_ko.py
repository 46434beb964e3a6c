"""Korean for every user-visible string (see make_translations.py). Layer type names and
Keras' parameter names (units, rate, epochs…) stay in English, as in Keras' Korean docs."""
KO = {
    # MainWindow: actions and menus
    "&New": "새로 만들기(&N)", "&Open…": "열기(&O)…", "&Save": "저장(&S)", "Save &As…": "다른 이름으로 저장(&A)…",
    "PyTorch script…": "PyTorch 스크립트…", "Keras script…": "Keras 스크립트…", "&Quit": "종료(&Q)",
    "&Copy": "복사(&C)", "&Paste": "붙여넣기(&P)", "&Delete": "삭제(&D)", "Select &All": "모두 선택(&A)",
    "Zoom &In": "확대(&I)", "Zoom &Out": "축소(&O)", "&Fit to View": "화면에 맞추기(&F)", "&Arrange": "정렬(&A)",
    "&Welcome": "시작 안내(&W)", "&About LayerLab": "LayerLab 정보(&A)", "&Undo": "실행 취소(&U)",
    "&Redo": "다시 실행(&R)", "Lay the network out as a neat stack": "네트워크를 깔끔한 층 쌓기로 배치합니다",
    "System default": "시스템 기본값", "&File": "파일(&F)", "Open &Recent": "최근 파일(&R)", "&Examples": "예제(&E)",
    "&Export": "내보내기(&E)", "&Edit": "편집(&E)", "&View": "보기(&V)", "&Language": "언어(&L)", "&Help": "도움말(&H)",
    "Main toolbar": "기본 도구 모음", "Layers": "레이어", "Properties": "속성", "Model summary": "모델 요약",
    "Training": "학습", "Welcome": "시작 안내",
    "Live training plots appear here while the network learns.": "네트워크가 학습하는 동안 실시간 그래프가 여기에 나타납니다.",
    "Training: the network's structure is locked until it stops.": "학습 중: 학습이 멈출 때까지 네트워크 구조를 바꿀 수 없습니다.",
    "Untitled": "제목 없음", "(none)": "(없음)", "Unsaved changes": "저장하지 않은 변경 사항",
    "Save the changes to “%1” first?": "“%1”의 변경 사항을 먼저 저장할까요?", "Open design": "설계 열기",
    "LayerLab designs (*.layerlab);;All files (*)": "LayerLab 설계 (*.layerlab);;모든 파일 (*)",
    "Cannot open design": "설계를 열 수 없습니다", "“%1” could not be opened:": "“%1”을(를) 열 수 없습니다:",
    "Save design": "설계 저장", "LayerLab designs (*.layerlab)": "LayerLab 설계 (*.layerlab)",
    "Cannot save design": "설계를 저장할 수 없습니다",
    "“%1” could not be written: %2. Your design is still open; try another folder.":
        "“%1”을(를) 쓸 수 없습니다: %2. 설계는 아직 열려 있으니 다른 폴더에 저장해 보세요.",
    "Saved %1": "%1 저장됨", "Export": "내보내기", "Python files (*.py)": "Python 파일 (*.py)",
    "Cannot export": "내보낼 수 없습니다", "Exported %1": "%1(으)로 내보냄", "Autosave failed: %1": "자동 저장 실패: %1",
    "Recover unsaved work": "저장하지 않은 작업 복구",
    "LayerLab did not close properly last time. Restore the unsaved design from %1?":
        "지난번에 LayerLab이 제대로 종료되지 않았습니다. %1에 저장되지 않은 설계를 복구할까요?",
    "The network is training: stop it to change its structure.": "네트워크가 학습 중입니다. 구조를 바꾸려면 학습을 멈추세요.",
    "That connection would make a cycle; a network flows one way.": "그렇게 연결하면 순환이 생깁니다. 네트워크는 한 방향으로만 흐릅니다.",
    "Delete": "삭제", "Paste": "붙여넣기", "Arrange": "정렬", "Welcome to LayerLab": "LayerLab에 오신 것을 환영합니다",
    "Drag layers from the palette onto the canvas: dropped below the last layer, they join the stack. "
    "Pick the data and optimizer in Properties (click the empty canvas), then train.":
        "팔레트에서 레이어를 캔버스로 끌어다 놓으세요. 마지막 레이어 아래에 놓으면 자동으로 연결됩니다. "
        "빈 캔버스를 클릭하고 속성에서 데이터와 옵티마이저를 고른 다음 학습하세요.",
    "Examples": "예제", "About LayerLab": "LayerLab 정보",
    "LayerLab: build neural networks by drag and drop and watch them learn.\nNumPy engine, PySide6 and pyqtgraph. MIT licence.":
        "LayerLab: 끌어다 놓기로 신경망을 만들고 학습 과정을 지켜보세요.\nNumPy 엔진, PySide6, pyqtgraph. MIT 라이선스.",
    # Training
    "&Train": "학습(&T)", "&Pause": "일시 정지(&P)", "St&op": "중지(&O)", "Step one &epoch": "한 에포크만(&E)",
    "&Reset weights": "가중치 초기화(&R)", "T&raining": "학습(&R)",
    "The next run starts from fresh weights.": "다음 학습은 새로 초기화한 가중치에서 시작합니다.",
    "epoch %1 of %2 · %3 samples/s · %4 s left": "에포크 %1 / %2 · 초당 %3 샘플 · %4초 남음",
    "Training diverged": "학습이 발산했습니다", "Cannot train": "학습할 수 없습니다",
    "Loss and accuracy": "손실과 정확도", "Gradients": "기울기", "Activation histograms": "활성화 히스토그램",
    "Weights": "가중치", "Decision boundary": "결정 경계", "Confusion matrix": "혼동 행렬",
    "Save these plots as PNG or SVG…": "이 그래프들을 PNG나 SVG로 저장…",
    # Runs dock
    "Run": "실행", "What differs": "달라진 점", "Epochs": "에포크", "Result": "결과", "Ended": "종료 사유",
    "Save runs…": "실행 기록 저장…", "Open runs…": "실행 기록 열기…", "History as CSV…": "기록을 CSV로…",
    "Loss": "손실", "Accuracy": "정확도", "Gradients by layer": "층별 기울기", "Gradients over time": "시간에 따른 기울기",
    "Select two or more runs to compare them; double-click a name to rename it":
        "두 개 이상의 실행을 선택하면 비교합니다. 이름을 더블클릭하면 바꿀 수 있습니다",
    "There are no runs to save yet: train the network first.": "아직 저장할 실행이 없습니다. 먼저 신경망을 학습시키세요.",
    "Save runs": "실행 기록 저장", "LayerLab runs (*.layerlab-runs)": "LayerLab 실행 기록 (*.layerlab-runs)",
    "Cannot save the runs: %1": "실행 기록을 저장할 수 없습니다: %1", "Saved %1 runs to %2": "실행 %1개를 %2에 저장했습니다",
    "Open runs": "실행 기록 열기", "Cannot open %1: %2": "%1을(를) 열 수 없습니다: %2",
    "Opened %1 runs from %2": "%2에서 실행 %1개를 열었습니다",
    "Select one run to export its history.": "기록을 내보낼 실행 하나를 선택하세요.", "Export history": "기록 내보내기",
    "CSV (*.csv)": "CSV (*.csv)", "Cannot save the history: %1": "기록을 저장할 수 없습니다: %1",
    "Saved the history of %1 to %2": "%1의 기록을 %2에 저장했습니다",
    # Variants and the gradient check
    "Run variants": "변형 실행", "Learning rates, separated by commas:": "학습률 (쉼표로 구분):", "Train each": "각각 학습",
    "Vary:": "바꿀 것:",
    "Train the current design once per value, one run after another, and compare the runs.":
        "현재 설계를 값마다 한 번씩 차례로 학습시키고 실행들을 비교합니다.",
    "every activation": "모든 활성화 함수", "the weight initialiser": "가중치 초기화", "the optimizer": "옵티마이저",
    "the learning rate": "학습률", "Tick at least one value to try.": "시험할 값을 하나 이상 고르세요.",
    "Gradient check": "기울기 검사",
    "Backpropagation agrees with numerical differentiation: every relative error is below 1e-6 (worst %1).":
        "역전파가 수치 미분과 일치합니다. 모든 상대 오차가 1e-6 미만입니다 (최대 %1).",
    "Some gradients disagree with numerical differentiation (worst %1).": "일부 기울기가 수치 미분과 다릅니다 (최대 %1).",
    "Each gradient from backpropagation is compared with central differences such as "
    "(L(w + h) − L(w − h)) / 2h on %1 training samples in float64, with small and larger steps h (the best "
    "agreement counts); large arrays on entries drawn at random. Relative error: |a − n| / (|a| + |n|).":
        "역전파로 구한 각 기울기를 학습 샘플 %1개에서 float64 중앙 차분 (L(w + h) − L(w − h)) / 2h 등과 비교합니다. "
        "작은 간격과 큰 간격 h를 모두 써서 가장 잘 맞는 값을 택하며, 큰 배열은 무작위로 뽑은 원소에서 검사합니다. "
        "상대 오차: |a − n| / (|a| + |n|).",
    "Parameter": "파라미터", "Shape": "모양", "Entries checked": "검사한 원소 수", "Relative error": "상대 오차",
    "Runs": "실행 기록", "Run &variants…": "변형 실행(&V)…", "&Check gradients": "기울기 검사(&C)",
    "Train the design once per activation, initialiser, optimizer or learning rate, and compare the runs":
        "활성화 함수, 초기화, 옵티마이저, 학습률마다 설계를 한 번씩 학습시키고 실행들을 비교합니다",
    "The variant sweep stopped: %1": "변형 실행이 멈췄습니다: %1", "Run %1": "실행 %1",
    "Variant sweep stopped; %1 variants not trained.": "변형 실행을 멈췄습니다. %1개의 변형은 학습하지 않았습니다.",
    "Variant sweep done: %1 runs, compared in the Runs dock.": "변형 실행 완료: 실행 %1개를 실행 기록 창에서 비교합니다.",
    "Cannot check the gradients: %1": "기울기를 검사할 수 없습니다: %1",
    "another design: %1": "다른 설계: %1",
    "Point at a curve to read its values": "곡선 위에 마우스를 올리면 값을 읽을 수 있습니다",
    "Now: log10 of the gradients reaching each layer, on a probe batch of validation samples. "
    "Far to the left means vanishing.":
        "현재: 각 층에 도달하는 기울기의 log10 값 (검증 샘플 탐침 배치). 왼쪽 끝으로 몰릴수록 기울기가 소실되고 있다는 뜻입니다.",
    "Now: each layer's outputs on a probe batch of validation samples. A Sigmoid piled at 0 and 1 "
    "is saturated; a ReLU piled at 0 has dead units.":
        "현재: 검증 샘플 탐침 배치에서 각 층의 출력. Sigmoid가 0과 1에 몰려 있으면 포화된 것이고, "
        "ReLU가 0에 몰려 있으면 죽은 유닛이 있는 것입니다.",
    "Each layer's weights W: left, their distribution over the epochs (darker means more weights); "
    "right, now.":
        "각 층의 가중치 W: 왼쪽은 에포크에 따른 분포 (진할수록 가중치가 많음), 오른쪽은 현재 분포입니다.", "Log scale for the loss": "손실을 로그 눈금으로",
    # Palette, summary
    "Filter layers…": "레이어 찾기…", "Core": "기본", "Activations": "활성화 함수", "Regularisation": "규제", "Output": "출력",
    "Node": "노드", "Type": "종류", "Output shape": "출력 형태", "Params": "파라미터 수", "Total params: %1": "전체 파라미터: %1",
    # Properties
    "No parameters": "파라미터 없음", "Training settings": "학습 설정",
    "Select a layer to edit its parameters.": "레이어를 선택하면 파라미터를 편집할 수 있습니다.", "source": "source",
    "toy: generated 2-D sets; builtin: bundled real datasets; csv: your own file":
        "toy: 생성한 2차원 데이터, builtin: 함께 제공되는 실제 데이터, csv: 직접 준비한 파일",
    "Choose CSV file…": "CSV 파일 선택…", "type": "type", "Design name": "설계 이름", "Data": "데이터",
    "Optimizer": "옵티마이저", "Early stopping": "조기 종료",
    "Not a shape: %1 (expected 1 to 3 whole numbers, e.g. 8, 8)": "형태가 아닙니다: %1 (1~3개의 자연수가 필요합니다. 예: 8, 8)",
    "Set data source": "데이터 소스 설정", "Set optimizer": "옵티마이저 설정", "Choose a CSV file": "CSV 파일 선택",
    "CSV files (*.csv);;All files (*)": "CSV 파일 (*.csv);;모든 파일 (*)", "Set CSV file": "CSV 파일 설정",
    # Commands (undo history)
    "Add %1": "%1 추가", "Delete %1": "%1 삭제", "Connect %1 to %2": "%1을(를) %2에 연결",
    "Disconnect %1 from %2": "%1과(와) %2 연결 끊기", "Move": "이동", "Set %1.%2": "%1.%2 설정", "Set %1": "%1 설정",
    "Rename design": "설계 이름 바꾸기",
    "Change %1 to %2": "%1을(를) %2(으)로 바꾸기", "Insert %1": "%1 끼워 넣기",
    # Canvas
    "Change type": "유형 바꾸기", "%1: unit %2": "%1: 뉴런 %2",
    "Pictures of the first %1 units; %2 more are not shown": "처음 %1개 뉴런의 그림입니다. 나머지 %2개는 표시하지 않습니다",
    # diagnostics (core.diagnostics: warnings from the probe batch; {names} are filled in by the app)
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
    "params": "파라미터", "Edge %1 → %2; select it and press Delete to remove it": "연결 %1 → %2. 선택하고 Delete를 누르면 지워집니다",
    # registry: layers
    "The network's input: one sample's shape (features, or rows and columns).": "네트워크의 입력: 샘플 하나의 형태(특성 수, 또는 행과 열).",
    "Shape of one sample, e.g. [2] or [8, 8].": "샘플 하나의 형태. 예: [2] 또는 [8, 8].",
    "Fully connected layer: x @ W + b.": "완전 연결 레이어: x @ W + b.",
    "Number of output units (neurons).": "출력 유닛(뉴런)의 수.",
    "How W is initialised (Keras' default is xavier_uniform, 'glorot_uniform').": "W의 초기화 방법 (Keras의 기본값은 xavier_uniform, 'glorot_uniform').",
    "Standard deviation for the 'normal' initialiser.": "'normal' 초기화의 표준편차.",
    "Add a bias vector b.": "편향 벡터 b를 더합니다.",
    "Flattens each sample to one dimension, e.g. (8, 8) to (64,).": "각 샘플을 1차원으로 펼칩니다. 예: (8, 8) → (64,).",
    "max(0, x): the default for hidden layers.": "max(0, x): 은닉층의 기본 선택.",
    "x for x > 0, alpha * x otherwise: never quite switches off.": "x > 0이면 x, 아니면 alpha * x: 완전히 꺼지지 않습니다.",
    "Slope for x < 0 (PyTorch's default 0.01; Keras' is 0.3).": "x < 0일 때의 기울기 (PyTorch 기본값 0.01, Keras는 0.3).",
    "1 / (1 + exp(-x)): squashes to (0, 1); its gradient is at most 0.25.": "1 / (1 + exp(-x)): (0, 1)로 압축합니다. 기울기는 최대 0.25입니다.",
    "tanh(x): squashes to (-1, 1), centred on 0.": "tanh(x): 0을 중심으로 (-1, 1)로 압축합니다.",
    "The perceptron's step: 1 for x > 0, else 0. Its gradient is zero, so it cannot learn by gradient descent.":
        "퍼셉트론의 계단 함수: x > 0이면 1, 아니면 0. 기울기가 0이라서 경사 하강법으로 학습할 수 없습니다.",
    "In training, drops a fraction of the units at random (inverted dropout); does nothing in inference.":
        "학습 중에 유닛 일부를 무작위로 끕니다(역 드롭아웃). 추론할 때는 아무것도 하지 않습니다.",
    "Fraction of units dropped, as in Keras.": "끄는 유닛의 비율 (Keras와 같은 의미).",
    "Normalises each feature over the batch, then scales by gamma and shifts by beta.": "배치에 걸쳐 각 특성을 정규화한 뒤 gamma로 스케일하고 beta만큼 이동합니다.",
    "running = momentum * running + (1 - momentum) * batch (Keras' meaning).": "running = momentum * running + (1 - momentum) * batch (Keras와 같은 의미).",
    "Added to the variance so it never divides by zero.": "0으로 나누지 않도록 분산에 더하는 값.",
    "exp(x) / sum(exp(x)): class probabilities; pair it with categorical_crossentropy.": "exp(x) / sum(exp(x)): 클래스 확률. categorical_crossentropy와 함께 쓰세요.",
    # registry: data and training
    "Which toy dataset.": "어떤 toy 데이터셋인지.", "Number of samples.": "샘플 수.", "Noise added to the points.": "점에 더하는 노이즈.",
    "Number of classes (spiral and gaussians).": "클래스 수 (spiral과 gaussians).", "Which bundled dataset.": "함께 제공되는 데이터셋 중 무엇인지.",
    "CSV file; a relative path is taken from the design's folder.": "CSV 파일. 상대 경로는 설계 파일의 폴더를 기준으로 합니다.",
    "Name of the target column.": "예측할 열의 이름.", "Classify the target's labels, or predict its value.": "타깃의 레이블을 분류할지, 값을 예측할지.",
    "Feature scaling, fitted on the training split only.": "특성 스케일링. 학습 데이터에만 맞춥니다.",
    "Fraction of the samples held out for validation (a stratified random split).": "검증용으로 떼어 두는 샘플 비율 (층화 무작위 분할).",
    "What training minimises.": "학습이 최소화하는 값.", "Samples per gradient step.": "경사 하강 한 번에 쓰는 샘플 수.",
    "Passes over the training data.": "학습 데이터를 몇 번 반복할지.",
    "Seeds the weights, the split, the shuffling and dropout.": "가중치, 분할, 섞기, 드롭아웃의 난수 시드.",
    "Adds l1 * sum(|W|) for every Dense W.": "모든 Dense의 W에 대해 l1 * sum(|W|)를 더합니다.",
    "Adds l2 * sum(W**2) for every Dense W.": "모든 Dense의 W에 대해 l2 * sum(W**2)를 더합니다.",
    "Stop when the monitored metric stops improving.": "지켜보는 지표가 더 나아지지 않으면 멈춥니다.",
    "Metric to watch.": "지켜볼 지표.", "Epochs without improvement before stopping.": "멈추기 전까지 개선 없이 기다릴 에포크 수.",
    "Smallest change that counts as an improvement.": "개선으로 인정하는 최소 변화량.",
    "Go back to the best epoch's weights.": "가장 좋았던 에포크의 가중치로 되돌립니다.",
    "Learning rate.": "학습률.", "Adds weight_decay * w to every gradient (torch's meaning).": "모든 기울기에 weight_decay * w를 더합니다 (torch와 같은 의미).",
    "Fraction of the previous step kept.": "이전 이동량을 유지하는 비율.", "Added to the denominator.": "분모에 더하는 값.",
    "Smoothing constant of the squared-gradient average.": "기울기 제곱 평균의 평활 상수.",
    "Decay of the gradient average.": "기울기 평균의 감쇠율.", "Decay of the squared-gradient average.": "기울기 제곱 평균의 감쇠율.",
}
