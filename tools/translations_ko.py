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
    "Main toolbar": "기본 도구 모음", "Layers": "층", "Properties": "속성", "Model summary": "모델 요약",
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
        "팔레트에서 층을 캔버스로 끌어다 놓으세요. 마지막 층 아래에 놓으면 자동으로 연결됩니다. "
        "빈 캔버스를 클릭하고 속성에서 데이터와 최적화 방법(옵티마이저)을 고른 다음 학습하세요.",
    "Examples": "예제", "About LayerLab": "LayerLab 정보",
    "LayerLab: build neural networks by drag and drop and watch them learn.\nNumPy engine, PySide6 and pyqtgraph. MIT licence.":
        "LayerLab: 끌어다 놓기로 신경망을 만들고 학습 과정을 지켜보세요.\nNumPy 엔진, PySide6, pyqtgraph. MIT 라이선스.",
    # Training
    "&Train": "학습(&T)", "&Pause": "일시 정지(&P)", "St&op": "중지(&O)", "Step one &epoch": "한 에포크만(&E)",
    "&Reset weights": "가중치 다시 뽑기(&R)", "T&raining": "학습(&R)",
    "The next run starts from fresh weights.": "다음 학습은 새로 뽑은 가중치에서 시작합니다.",
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
    "every activation": "모든 활성화 함수", "the weight initialiser": "가중치 초기화 방법", "the optimizer": "최적화 방법",
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
    "Parameter": "매개변수", "Shape": "모양", "Entries checked": "검사한 원소 수", "Relative error": "상대 오차",
    "Runs": "실행 기록", "Run &variants…": "변형 실행(&V)…", "&Check gradients": "기울기 검사(&C)",
    "Train the design once per activation, initialiser, optimizer or learning rate, and compare the runs":
        "활성화 함수, 초기화 방법, 최적화 방법, 학습률마다 설계를 한 번씩 학습시키고 실행들을 비교합니다",
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
    "Filter layers…": "층 찾기…", "Core": "기본", "Activations": "활성화 함수", "Regularisation": "규제", "Output": "출력",
    "Node": "노드", "Type": "종류", "Output shape": "출력 형태", "Params": "매개변수 수", "Total params: %1": "전체 매개변수: %1",
    # Properties
    "No parameters": "매개변수 없음", "Training settings": "학습 설정",
    "Select a layer to edit its parameters.": "층을 선택하면 매개변수를 편집할 수 있습니다.", "source": "데이터 출처",
    "toy: generated 2-D sets; builtin: bundled real datasets; csv: your own file":
        "toy: 생성한 2차원 데이터, builtin: 함께 제공되는 실제 데이터, csv: 직접 준비한 파일",
    "Choose CSV file…": "CSV 파일 선택…", "type": "종류", "Design name": "설계 이름", "Data": "데이터",
    "Optimizer": "최적화 방법", "Early stopping": "조기 종료",
    "name": "이름", "samples": "샘플 수", "noise": "잡음", "classes": "클래스 수", "path": "파일 경로",
    "target": "타깃 열", "task": "문제 유형", "scaling": "스케일링", "enabled": "사용",
    "Not a shape: %1 (expected 1 to 3 whole numbers, e.g. 8, 8)": "형태가 아닙니다: %1 (1~3개의 자연수가 필요합니다. 예: 8, 8)",
    "Set data source": "데이터 소스 설정", "Set optimizer": "최적화 방법 설정", "Choose a CSV file": "CSV 파일 선택",
    "CSV files (*.csv);;All files (*)": "CSV 파일 (*.csv);;모든 파일 (*)", "Set CSV file": "CSV 파일 설정",
    # Commands (undo history)
    "Add %1": "%1 추가", "Delete %1": "%1 삭제", "Connect %1 to %2": "%1을(를) %2에 연결",
    "Disconnect %1 from %2": "%1과(와) %2 연결 끊기", "Move": "이동", "Set %1.%2": "%1.%2 설정", "Set %1": "%1 설정",
    "Rename design": "설계 이름 바꾸기",
    "Change %1 to %2": "%1을(를) %2(으)로 바꾸기", "Insert %1": "%1 끼워 넣기",
    # Canvas
    "Change type": "유형 바꾸기", "%1: unit %2": "%1: 뉴런 %2",
    "Pictures of the first %1 units; %2 more are not shown": "처음 %1개 뉴런의 그림입니다. 나머지 %2개는 표시하지 않습니다",
    "params": "매개변수", "Edge %1 → %2; select it and press Delete to remove it": "연결 %1 → %2. 선택하고 Delete를 누르면 지워집니다",
    # registry: layers
    "The network's input: one sample's shape (features, or rows and columns).": "네트워크의 입력: 샘플 하나의 형태(특성 수, 또는 행과 열).",
    "Shape of one sample, e.g. [2] or [8, 8].": "샘플 하나의 형태. 예: [2] 또는 [8, 8].",
    "Fully connected layer: x @ W + b.": "완전 연결 층: x @ W + b.",
    "Number of output units (neurons).": "출력 유닛(뉴런)의 수.",
    "Standard deviation for the 'normal' initialiser.": "'normal' 초기화 방법의 표준편차.",
    "Add a bias vector b.": "편향 벡터 b를 더합니다.",
    "Flattens each sample to one dimension, e.g. (8, 8) to (64,).": "각 샘플을 1차원으로 펼칩니다. 예: (8, 8) → (64,).",
    "max(0, x): the default for hidden layers.": "max(0, x): 은닉층의 기본 선택.",
    "x for x > 0, alpha * x otherwise: never quite switches off.": "x > 0이면 x, 아니면 alpha * x: 완전히 꺼지지 않습니다.",
    "Slope for x < 0 (PyTorch's default 0.01; Keras' is 0.3).": "x < 0일 때의 기울기 (PyTorch 기본값 0.01, Keras는 0.3).",
    "1 / (1 + exp(-x)): squashes to (0, 1); its gradient is at most 0.25.": "1 / (1 + exp(-x)): (0, 1)로 압축합니다. 기울기는 최대 0.25입니다.",
    "tanh(x): squashes to (-1, 1), centred on 0.": "tanh(x): 0을 중심으로 (-1, 1)로 압축합니다.",
    "The perceptron's step: 1 for x > 0, else 0. Its gradient is zero, so it cannot learn by gradient descent.":
        "퍼셉트론의 계단 함수: x > 0이면 1, 아니면 0. 기울기가 0이라서 경사 하강법으로 학습할 수 없습니다.",
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
    "Samples per gradient step.": "경사 하강 한 번에 쓰는 샘플 수.",
    "Passes over the training data.": "훈련 데이터를 몇 번 반복할지(에포크).",
    "Seeds the weights, the split, the shuffling and dropout.": "가중치, 분할, 섞기, 드롭아웃의 난수 시드.",
    "Adds l1 * sum(|W|) for every Dense W.": "모든 Dense의 W에 대해 l1 * sum(|W|)를 더합니다.",
    "Stop when the monitored metric stops improving.": "지켜보는 지표가 더 나아지지 않으면 멈춥니다.",
    "Metric to watch.": "지켜볼 지표.", "Epochs without improvement before stopping.": "멈추기 전까지 개선 없이 기다릴 에포크 수.",
    "Smallest change that counts as an improvement.": "개선으로 인정하는 최소 변화량.",
    "Go back to the best epoch's weights.": "가장 좋았던 에포크의 가중치로 되돌립니다.",
    "Learning rate.": "학습률.",
    "Fraction of the previous step kept.": "이전 이동량을 유지하는 비율.", "Added to the denominator.": "분모에 더하는 값.",
    "Smoothing constant of the squared-gradient average.": "기울기 제곱 평균의 평활 상수.",
    "Decay of the gradient average.": "기울기 평균의 감쇠율.", "Decay of the squared-gradient average.": "기울기 제곱 평균의 감쇠율.",
    # conventions said where the choice is made (issue 14.7)
    "How W is initialised. xavier_*: Glorot's std sqrt(2 / (fan_in + fan_out)), Keras' 'glorot_*' (Deep Learning from Scratch's 'Xavier' is 1 / sqrt(fan_in)); he_*: std sqrt(2 / fan_in), for ReLU; normal: the std below. Keras' default is xavier_uniform.":
        "W의 초기화 방법. xavier_*: Glorot의 표준편차 sqrt(2 / (fan_in + fan_out)), Keras의 'glorot_*' (밑바닥부터 시작하는 딥러닝의 'Xavier 초기값'은 1 / sqrt(fan_in)); he_*: 표준편차 sqrt(2 / fan_in), ReLU용; normal: 아래의 표준편차. Keras의 기본값은 xavier_uniform.",
    'In training, drops a fraction of the units at random and scales the rest by 1 / (1 - rate) (inverted dropout, as Keras and torch do); does nothing in inference. Deep Learning from Scratch scales by (1 - rate) at test time instead: the same expected output.':
        '학습 중에 유닛 일부를 무작위로 끄고 나머지를 1 / (1 - rate)배 합니다(역 드롭아웃, Keras와 torch의 방식). 추론할 때는 아무것도 하지 않습니다. 밑바닥부터 시작하는 딥러닝은 대신 시험할 때 (1 - rate)를 곱합니다: 기댓값은 같습니다.',
    "What training minimises, averaged over the batch (Keras' and torch's convention). mse: the mean of (y - t)**2 over the samples and the outputs. sum_squared_error: 0.5 * sum((y - t)**2) per sample, the SSE of Deep Learning from Scratch. The cross-entropies are computed from the logits, before the Sigmoid or Softmax: exact and stable, where the book adds 1e-7 inside log(y).":
        '학습이 최소화하는 손실 함수. 배치에 대해 평균합니다(Keras와 torch의 방식). mse: 샘플과 출력 전체에 대한 (y - t)**2의 평균(평균 제곱 오차). sum_squared_error: 샘플마다 0.5 * sum((y - t)**2), 밑바닥부터 시작하는 딥러닝의 오차제곱합(SSE). 교차 엔트로피 오차는 Sigmoid나 Softmax 앞의 값(logit)에서 바로 계산하므로 정확하고 안정적입니다. 책은 log(y) 안에 1e-7을 더합니다.',
    "Adds l2 * sum(W**2) for every Dense W (Keras' regularizer), so the gradient gains 2 * l2 * W; the optimizer's weight_decay adds weight_decay * W, half as much for the same number.":
        '모든 Dense의 W에 대해 l2 * sum(W**2)를 더합니다(Keras의 규제). 그래서 기울기에 2 * l2 * W가 더해집니다. 옵티마이저의 weight_decay는 weight_decay * W를 더하므로, 같은 숫자라면 절반입니다.',
    "Adds weight_decay * w to every gradient (torch's meaning, biases included); the training setting l2 adds 2 * l2 * W, twice as much for the same number.":
        '모든 기울기에 weight_decay * w를 더합니다(torch와 같은 의미, 편향 포함). 학습 설정 l2는 2 * l2 * W를 더하므로, 같은 숫자라면 두 배입니다.',
    # core.training.GRADIENT_HISTOGRAM_CAPTION (the dashboard's caption over the gradient histograms)
    "Now: the gradient reaching each layer, per sample of a probe batch of validation samples, as log10 of its size relative to the same sample's gradient at the top layer (0: as large as at the top, -3: a thousandth). Far to the left means vanishing.":
        '지금: 각 층에 도달하는 기울기를, 검증 샘플로 된 프로브 배치의 샘플마다 같은 샘플이 맨 위 층에서 받는 기울기에 대한 크기의 log10으로 보여 줍니다 (0: 맨 위와 같은 크기, -3: 천분의 일). 왼쪽으로 멀수록 기울기 소실입니다.',
    # Lessons (gui/lessons): the notes' own terms, see glossary-ko.md
    "This lesson cannot show the current design: %1": "이 단원은 현재 설계를 보여 줄 수 없습니다: %1",
    "no design is open": "열린 설계가 없습니다",
    "the graph is drawn for networks of up to %1 operations; this one has %2":
        "계산 그래프는 연산이 %1개 이하인 신경망만 그립니다. 이 신경망은 %2개입니다",
    "the design has no Dense layer on 2 inputs with at most %1 weights and a bias; open one of the gate examples":
        "입력 2개, 가중치 %1개 이하, 편향이 있는 Dense 층이 설계에 없습니다. 논리 회로 예제 중 하나를 여세요",
    "Lessons": "단원별 학습", "&Lessons": "단원별 학습(&L)",
    "Perceptrons and logic gates": "퍼셉트론과 논리 회로", "Activation functions": "활성화 함수",
    "Computational graph": "계산 그래프", "Numerical differentiation vs backpropagation": "수치 미분과 오차역전파법",
    "Loss functions": "손실 함수", "Optimizer paths": "최적화 방법의 경로", "Scaling": "스케일링",
    "The design as Keras code": "설계를 Keras 코드로",
    "LeakyReLU α:": "LeakyReLU α:",
    "Each activation function (solid) and its slope (dashed), computed by the layers that train networks. "
    "Shaded: where the slope is below %1, so a gradient passing through is cut to less than a twentieth.":
        "활성화 함수(실선)와 그 기울기(점선). 신경망을 학습시키는 바로 그 층으로 계산합니다. "
        "음영: 기울기가 %1보다 작아서 지나가는 기울기가 20분의 1 아래로 줄어드는 구간.",
    "Softmax over [x, 1, −1]: first output": "[x, 1, −1]의 Softmax: 첫 번째 출력",
    "f(x)": "f(x)", "slope f′(x)": "기울기 f′(x)",
    "Select an activation layer during or after a run to see where its inputs sit on its curve.":
        "학습 중이나 학습 후에 활성화 함수 층을 선택하면 그 입력이 곡선의 어디에 있는지 보입니다.",
    "%1 inputs of this %2 layer (grey): their median slope is %3 (a %2 has at most %4), so a gradient passing "
    "through shrinks about %5× here; %6% of them sit where the slope is below %7.":
        "이 %2 층의 입력 %1개(회색): 기울기의 중앙값은 %3입니다(%2의 기울기는 최대 %4). 그래서 이 층을 지나는 "
        "기울기는 약 %5분의 1로 줄어듭니다. 입력의 %6%는 기울기가 %7보다 작은 곳에 있습니다.",
    "Gate:": "논리 회로:",
    "Type the weights and the bias: the unit says 1 where w1·x1 + w2·x2 + b > 0. The line is where it equals 0.":
        "가중치와 편향을 입력하세요. 뉴런은 w1·x1 + w2·x2 + b > 0인 곳에서 1을 출력합니다. 직선은 이 값이 0인 곳입니다.",
    "w from x%1": "x%1의 가중치", "b": "편향 b", "unit %1": "뉴런 %1",
    "“%1” is not a number; type a weight such as 0.5 or -0.7.": "“%1”은(는) 숫자가 아닙니다. 0.5나 -0.7 같은 가중치를 입력하세요.",
    "%1 of the 4 points are on the right side.": "점 4개 중 %1개가 올바른 쪽에 있습니다.",
    "Forward step": "순전파 한 단계", "Backward step": "역전파 한 단계", "Rewind": "처음으로",
    "One sample through the network, one operation at a time: forward computes each value; backward multiplies "
    "the gradient arriving from above by the operation's local slope (the chain rule). Numbers from the engine's "
    "own forward and backward pass.":
        "샘플 하나가 신경망을 지나는 과정을 연산 하나씩 봅니다. 순전파는 각 값을 계산하고, 역전파는 위에서 전해진 "
        "기울기에 그 연산의 국소적 기울기를 곱합니다(연쇄법칙). 숫자는 엔진의 순전파와 역전파에서 나온 값입니다.",
    "value %1": "값 %1", "∂L/∂ %1": "∂L/∂ %1",
    "Press Forward step to compute the first value.": "순전파 한 단계를 눌러 첫 값을 계산하세요.",
    "Forward: %1 = %2": "순전파: %1 = %2",
    "Backward: %1 — the loss is fused with this output, so the engine starts at its input with y − t.":
        "역전파: %1 — 손실 함수가 이 출력과 합쳐져 있어서, 엔진은 그 입력에서 y − t로 시작합니다.",
    "Backward: ∂L/∂%1 = %2": "역전파: ∂L/∂%1 = %2",
    "Measure": "측정", "Method": "방법", "Seconds": "초",
    "The whole gradient of the loss, two ways: numerical differentiation nudges every weight and runs the network "
    "twice per weight; backpropagation gets them all from one forward and one backward pass.":
        "손실 함수의 기울기 전체를 두 가지 방법으로 구합니다. 수치 미분은 가중치마다 조금씩 바꿔 신경망을 두 번씩 "
        "실행하고, 오차역전파법은 순전파 한 번과 역전파 한 번으로 모두 구합니다.",
    "numerical differentiation": "수치 미분", "backpropagation": "오차역전파법",
    "Cannot measure: %1": "측정할 수 없습니다: %1",
    "Press Measure to time both on the current design.": "측정을 누르면 현재 설계에서 두 방법의 시간을 잽니다.",
    "Backpropagation was %1 times faster for these %2 weights.": "이 매개변수 %2개에서 오차역전파법이 %1배 빨랐습니다.",
    "Function:": "함수:", "Steps:": "단계 수:", "Learning rates:": "학습률:", "Step": "한 단계", "Pause": "일시 정지",
    "Animate": "애니메이션",
    "Each optimizer minimises f from the same start (+), with the optimizer classes that train networks. "
    "Contours of f are drawn in grey.":
        "각 최적화 방법이 같은 시작점(+)에서 f를 최소화합니다. 신경망을 학습시키는 바로 그 옵티마이저 클래스로 "
        "계산합니다. 회색 선은 f의 등고선입니다.",
    "Step %1 of %2.": "%2단계 중 %1단계.", "Lowest f so far: %1 (%2).": "지금까지 가장 낮은 f: %1 (%2).",
    "sum of squared errors (SSE, ½·Σ)": "오차제곱합(SSE, ½·Σ)", "mean squared error (MSE)": "평균 제곱 오차(MSE)",
    "cross-entropy": "교차 엔트로피 오차", "predicted probability of the true class": "정답 클래스의 예측 확률",
    "Loss of one sample": "샘플 하나의 손실",
    "Gradient at the true class's logit (through Softmax)": "정답 클래스 로짓의 기울기 (Softmax를 거쳐)",
    "One sample of %1 classes; the others share what the true class does not get. Computed by the loss functions "
    "that train networks. When the prediction is badly wrong (left end), cross-entropy still pushes with "
    "y − t ≈ −1, while the squared errors' push fades through the Softmax.":
        "클래스가 %1개인 샘플 하나. 정답 클래스가 받지 못한 확률은 나머지 클래스가 나눠 가집니다. 신경망을 학습시키는 "
        "바로 그 손실 함수로 계산합니다. 예측이 크게 틀렸을 때(왼쪽 끝) 교차 엔트로피 오차는 여전히 y − t ≈ −1로 "
        "밀어 주지만, 제곱 오차의 기울기는 Softmax를 거치며 사라집니다.",
    "Scaling:": "스케일링:", "Training data as loaded (%1 features)": "불러온 그대로의 훈련 데이터 (특성 %1개)",
    "After %1 scaling, fitted on the training split": "%1 스케일링 후 (훈련 데이터에 맞춤)",
    "Each box spans a feature's middle half (quartiles), the whiskers its minimum and maximum, the bar its median. "
    "Features on very different scales make one learning rate too large for some and too small for others.":
        "상자는 특성 값의 가운데 절반(사분위), 수염은 최솟값과 최댓값, 막대는 중앙값입니다. 특성의 범위가 크게 다르면 "
        "하나의 학습률이 어떤 특성에는 너무 크고 어떤 특성에는 너무 작습니다.",
    "Copy": "복사",
    "The current design as Keras code (Sequential, compile, fit), as LayerLab exports it. It follows your edits.":
        "현재 설계를 LayerLab이 내보내는 Keras 코드(Sequential, compile, fit)로 보여 줍니다. 편집하면 따라 바뀝니다.",
    'Hand-set starting weights {"W": [[...]], "b": [...]} (W of shape (inputs, units)); null draws them with init.':
        '직접 정한 가중치 초기값 {"W": [[...]], "b": [...]} (W의 형태는 (입력 수, 뉴런 수)). null이면 init으로 뽑습니다.',
    # Dashboard: empty plots say what will appear (issue 14.3); the session's gradient check
    "Press Train to see the loss fall, epoch by epoch, on the training data (solid) and the validation data (dashed).":
        "학습을 누르면 에포크마다 손실이 줄어드는 모습이 훈련 데이터(실선)와 검증 데이터(점선)로 나타납니다.",
    "Press Train to see the accuracy (or, for a regression, the mean absolute error) after each epoch.":
        "학습을 누르면 에포크마다 정확도(회귀에서는 평균 절대 오차)가 나타납니다.",
    "Press Train to see the gradient reaching each layer: a layer far below the others learns slowly.":
        "학습을 누르면 각 층에 도달하는 기울기가 나타납니다. 다른 층보다 훨씬 작은 층은 느리게 학습합니다.",
    "Press Train to see the network's decision over the plane of the data, for data with two features.":
        "학습을 누르면 특성이 두 개인 데이터의 평면 위에 네트워크의 판단이 나타납니다.",
    "Press Train to see, after each epoch, which classes the network confuses on the validation data.":
        "학습을 누르면 에포크마다 네트워크가 검증 데이터에서 어떤 클래스를 혼동하는지 나타납니다.",
    "The decision boundary is drawn for data with two features, over their plane; this data has %1.":
        "결정 경계는 특성이 두 개인 데이터의 평면 위에 그립니다. 이 데이터의 특성은 %1개입니다.",
    "A confusion matrix counts classes; this network predicts values (a regression).":
        "혼동 행렬은 클래스를 셉니다. 이 네트워크는 값을 예측합니다(회귀).",
    "Comparing backpropagation with numerical differentiation…": "역전파와 수치 미분을 비교하는 중…",
    "Cancel": "취소", "Gradient check cancelled.": "기울기 검사를 취소했습니다.",
    "another design": "다른 설계",
    # registry: image and merge layers (issue 18); the terms of Deep Learning from Scratch, ch. 7
    "Image": "이미지", "Merge": "병합",
    "%1: expected a whole number from %2 to %3, or empty for the default": "%1: %2부터 %3까지의 자연수가 필요합니다. 비워 두면 기본값입니다",
    "Slides filters over the image: each output pixel is a weighted sum of a small window of every input channel.":
        "이미지 위로 필터를 밀며 계산합니다: 출력 픽셀 하나는 모든 입력 채널의 작은 창을 가중합한 값입니다.",
    "Number of filters (output channels).": "필터 수 (출력 채널 수).",
    "Height and width of each filter's window, e.g. 3 for 3x3.": "필터 창의 높이와 너비. 예: 3이면 3x3.",
    "Step between windows: 2 halves the height and width.": "스트라이드: 창 사이의 간격. 2이면 높이와 너비가 절반이 됩니다.",
    "'valid': windows stay inside the image (it shrinks); 'same': zeros around it keep ceil(size / strides), "
    "the odd pixel at the bottom and right (Keras').":
        "'valid': 창이 이미지 안에만 놓입니다 (출력이 작아짐). 'same': 둘레에 0을 채워(패딩) 출력 크기를 "
        "ceil(크기 / strides)로 유지합니다. 홀수 픽셀은 아래쪽과 오른쪽에 채웁니다 (Keras와 같음).",
    "How W is initialised; fans count the window: kh * kw * channels.":
        "W의 가중치 초기값을 정하는 방법. 입력 수(fan)는 창 크기를 셉니다: kh * kw * 채널 수.",
    "Keeps the largest value of each window: a smaller image that keeps the strongest responses.":
        "최대 풀링: 창마다 가장 큰 값을 남깁니다. 가장 강한 반응을 간직한 작은 이미지가 됩니다.",
    "Height and width of each window, e.g. 2 for 2x2.": "창의 높이와 너비. 예: 2이면 2x2.",
    "Step between windows; empty (null, the default) means pool_size.": "창 사이의 간격. 비워 두면(null, 기본값) pool_size와 같습니다.",
    "Averages each window: a smaller, smoother image.": "평균 풀링: 창마다 평균을 냅니다. 더 작고 매끄러운 이미지가 됩니다.",
    "Gives each sample another shape with the same number of values, e.g. (64,) to (8, 8, 1).":
        "값의 개수는 그대로 두고 각 샘플의 형태를 바꿉니다. 예: (64,) → (8, 8, 1).",
    "The new shape of one sample, e.g. [8, 8, 1].": "샘플 하나의 새 형태. 예: [8, 8, 1].",
    "Adds two or more inputs of one shape: with a layer's own input, a residual connection.":
        "형태가 같은 입력 둘 이상을 더합니다. 층의 입력을 그 층의 출력에 더하면 잔차 연결(residual connection)이 됩니다.",
    "Joins two or more inputs along an axis, in the order their connections were made.":
        "입력 둘 이상을 한 축을 따라 이어 붙입니다. 순서는 연결한 순서입니다.",
    "Axis to join along, as in Keras: -1 the last (channels or features), 1 the first after the batch.":
        "이어 붙일 축 (Keras와 같은 의미): -1은 마지막 축 (채널 또는 특성), 1은 배치 다음의 첫 축.",
    # Qt's file dialog (make_translations.QT_GAPS): labels missing from qtbase_ko.qm
    "&Look in:": "찾는 위치(&L):", "Files of &type:": "파일 형식(&T):",
    # Plots (gui/plotting.N_): titles, axes, legends and read-outs of the dashboard and the Runs dock
    "loss": "손실", "val_loss": "검증 손실", "accuracy": "정확도", "val_accuracy": "검증 정확도",
    "mae": "평균 절대 오차", "val_mae": "검증 평균 절대 오차", "training": "훈련", "validation": "검증",
    "epoch": "에포크", "epoch %1": "에포크 %1", "%1 zeros": "0인 값 %1개",
    "gradient norm reaching each layer": "각 층에 도달하는 기울기의 크기(노름)",
    "gradient norm reaching each layer, end of run": "각 층에 도달하는 기울기의 크기(노름), 학습 끝",
    "gradient norm reaching each layer, over time": "각 층에 도달하는 기울기의 크기(노름), 시간에 따라",
    "layer, input side first": "층 (입력 쪽부터)",
    "predicted class": "예측한 클래스", "true class": "실제 클래스",
    "predicted value over the input plane": "입력 평면 위의 예측값",
    "Rosenbrock function": "로젠브록 함수", "saddle x² − y²": "안장점 x² − y²",
    # the Runs table: how a run ended (TrainResult.stopped_because)
    "completed": "완료", "early stopping": "조기 종료", "diverged": "발산", "stopped": "중지",
    # Autosave per window, unsaved runs, pace and pause (gui/files.py, gui/status.py)
    "Unsaved runs": "저장하지 않은 실행 기록",
    "%1 runs are not saved to a file. Save them first?": "실행 기록 %1개가 파일에 저장되지 않았습니다. 먼저 저장할까요?",
    "Cannot save the runs": "실행 기록을 저장할 수 없습니다",
    "LayerLab did not close properly last time. Restore the design and %2 unsaved runs from %1?":
        "지난번에 LayerLab이 제대로 종료되지 않았습니다. %1에 저장되지 않은 설계와 실행 기록 %2개를 복구할까요?",
    "Cannot recover unsaved work": "저장하지 않은 작업을 복구할 수 없습니다",
    "Autosaved work could not be restored and was set aside: %1":
        "자동 저장된 작업을 복구할 수 없어 따로 옮겨 두었습니다: %1",
    "full speed": "최고 속도", "%1 epochs/s": "초당 %1 에포크", "Pace:": "속도:",
    "Epochs per second, to watch a fast run learn; full speed costs nothing":
        "초당 에포크 수: 빠른 학습을 천천히 지켜볼 수 있습니다. 최고 속도는 학습을 늦추지 않습니다",
    "Paused": "일시 정지됨", "Paused · epoch %1 of %2": "일시 정지됨 · 에포크 %1 / %2", "%1 — final: %2": "%1 — 최종: %2",
    # Insights (gui/insights.py): the Problems list and the filters view; the canvas's merge inputs
    "Problems": "문제", "Filters and feature maps": "필터와 특성 맵",
    "Cause: %1": "원인: %1", "Try: %1": "해 볼 것: %1", "Click to select %1 on the canvas": "클릭하면 캔버스에서 %1을(를) 선택합니다",
    "What the last report of the training says about the layers (click a problem to select its layer):":
        "학습의 마지막 보고가 각 층에 대해 알려 주는 것 (문제를 클릭하면 그 층을 선택합니다):",
    "No problems: the last report of the training found no dead, saturated or starved layer.":
        "문제 없음: 학습의 마지막 보고에서 죽은 층, 포화된 층, 기울기가 닿지 않는 층을 찾지 못했습니다.",
    "%1 (Conv2D): the first %2 filters, averaged over the input channels":
        "%1 (Conv2D): 처음 %2개 필터 (입력 채널에 대한 평균)",
    "%1: a validation image (left) and what those filters make of it (feature maps)":
        "%1: 검증 데이터의 이미지 하나 (왼쪽)와 그 필터들이 만든 특성 맵",
    "Filters and feature maps of Conv2D layers appear here while a network with convolution trains.":
        "합성곱 신경망이 학습하는 동안 Conv2D 층의 필터와 특성 맵이 여기에 나타납니다.",
    "Edge %1 → %2, input %3 of %2; select it and press Delete to remove it":
        "연결 %1 → %2, %2의 %3번째 입력. 선택하고 Delete를 누르면 지워집니다",
    # Curriculum in the main window (issue 16: p4-curriculum)
    "the loss (those the last layer fits)": "손실 함수 (마지막 층에 맞는 것)", "the feature scaling": "특성 스케일링",
    "The whole gradient (%1 weights, %2 samples): numerical differentiation %3 s, backpropagation %4 s, "
    "%5 times faster.": "기울기 전체 (가중치 %1개, 샘플 %2개): 수치 미분 %3초, 오차역전파법 %4초. 오차역전파법이 %5배 빠릅니다.",
    "(Numerical differentiation was timed on %1 of the weights and scaled up.)":
        "(수치 미분 시간은 가중치 %1개에서 잰 뒤 전체로 환산했습니다.)",
    "Training sample 1: %1": "학습 샘플 1: %1",
    "Weights and bias (type to set them by hand; the layer then starts from these):":
        "가중치와 편향 (직접 입력하면 층이 이 값에서 시작합니다):",
    # The lesson banner and guide; early stopping's restored network; empty histogram grids (issue 14, GUI)
    "Show me": "보여 주세요",
    "Follow the lesson: train, and open the view that shows its point":
        "수업을 따라갑니다: 학습하고, 요점을 보여 주는 화면을 엽니다",
    "Lesson:": "수업:",
    "Cannot follow the lesson: %1": "수업을 따라갈 수 없습니다: %1",
    "best epoch %1, restored": "최고 에포크 %1, 복원됨",
    "best epoch %1": "최고 에포크 %1",
    "the restored network of epoch %1": "에포크 %1에서 복원한 신경망",
    "validation set, the restored network of epoch %1": "검증 데이터, 에포크 %1에서 복원한 신경망",
    "validation set after epoch %1": "에포크 %1 뒤의 검증 데이터",
    "%1 of %2 right": "%2개 중 %1개 정답",
    "(epoch %1, restored)": "(에포크 %1, 복원됨)",
    "Press Train to see, for each layer, how large a gradient reaches it compared with the top layer.":
        "학습을 누르면 층마다 맨 위 층과 비교해 얼마나 큰 기울기가 도달하는지 나타납니다.",
    "Press Train to see each layer's outputs as histograms: saturated Sigmoids pile at 0 and 1, dead ReLUs at 0.":
        "학습을 누르면 각 층의 출력이 히스토그램으로 나타납니다. 포화된 Sigmoid는 0과 1에, 죽은 ReLU는 0에 몰립니다.",
    "Press Train to see each layer's weights: how their distribution spreads over the epochs, and now.":
        "학습을 누르면 각 층의 가중치가 나타납니다. 에포크에 따라 분포가 어떻게 퍼지는지, 그리고 지금의 분포를 보여 줍니다.",
    "Designs trained: %1 runs, compared in the Runs dock.": "설계 학습 완료: 실행 %1개를 실행 기록 창에서 비교합니다.",
    "predicted class, with the training points": "예측한 클래스와 훈련 데이터의 점",
}

KO.update({  # the classroom pieces (issue 17.3, 17.4): gui/paint.py, gui/classroom.py, gui/shortcuts.py
    "&Paint data…": "데이터 직접 그리기(&P)…", "Paint your own 2-D points to train on": "학습에 쓸 2차원 점을 직접 그립니다",
    "P&resentation mode": "발표 모드(&R)",
    "Large text and plots; only the canvas, the training controls and the lesson's plots":
        "큰 글자와 그래프. 캔버스, 학습 조작 버튼, 수업의 그래프만 보입니다",
    "&Keyboard shortcuts": "단축키(&K)", "Paint data": "데이터 그리기", "Keyboard shortcuts": "단축키",
    "Action": "동작", "Shortcut": "단축키",
    "A painting holds at most %1 points.": "그린 데이터에는 점을 최대 %1개까지 둘 수 있습니다.",
    "Paint a point": "점 그리기", "Erase points": "점 지우기", "Clear points": "점 모두 지우기",
    "Start from %1": "%1에서 시작", "Set the painting's task": "그린 데이터의 문제 종류 바꾸기",
    "%1 points": "점 %1개", "Not painted: the design trains on %1": "그린 데이터가 아닙니다. 지금은 %1(으)로 학습합니다",
    "Task:": "문제:", "Classification": "분류", "Regression": "회귀", "Class / value:": "클래스 / 값:",
    "Class %1": "클래스 %1", "Start from…": "시작 데이터…",
    "Replace the painting with a toy dataset's points": "그린 점을 예제 데이터셋(toy)의 점으로 바꿉니다",
    "Clear": "모두 지우기",
    "Click to add a point of the chosen class (or value); drag to erase. Each click or stroke is one undo step.":
        "클릭하면 고른 클래스(또는 값)의 점이 생기고, 드래그하면 지워집니다. 클릭이나 드래그 한 번이 실행 취소 한 단계입니다.",
    "Paint points…": "점 그리기…",
    "Classify the points' classes, or predict their values.": "점의 클래스를 분류할지, 값을 예측할지.",
    "The points, [x1, x2, class or value] each.": "점 목록. 각 점은 [x1, x2, 클래스 또는 값].",
})

# core.diagnostics' warnings are core's templates, translated once in core/messages_ko.py
# (the CLI and core.messages.translator read them there; the GUI through this .ts context).
def _diagnostics():
    import os
    import sys
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from core.diagnostics import TEMPLATES
    from core.messages_ko import KO as CORE
    return {t: CORE[t] for message, cause, advice in TEMPLATES.values() for t in (message, cause, *advice)}


KO.update(_diagnostics())
