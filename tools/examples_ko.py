"""Korean for the examples' names, descriptions and lesson texts (see make_examples.py).

Keys are the English templates exactly as make_examples.py writes them, before the figures are
filled in; the Korean quotes the same ``{group.name:format}`` figures, so both languages say the
same numbers. make_examples.py renders both and writes resources/i18n/examples_ko.json
(``{English text: Korean text}``), which core.messages.translate_text looks texts up in.
Terms: glossary-ko.md (층, 활성화 함수, 기울기 소실, 가중치 초기값, 배치 정규화, 드롭아웃, 과적합, 조기 종료…).
"""
_GATE_NOTE = (" 출력은 Sigmoid입니다(그래서 이진 교차 엔트로피 오차로 학습할 수 있습니다). w1*x1 + w2*x2 + b가 0보다 "
              "큰 곳, 곧 계단 함수의 직선 위쪽에서 정확히 클래스 1이라고 답합니다.")
_GATE_LESSON = ("단원별 학습 → 퍼셉트론과 논리 회로를 열고 다른 가중치를 넣어 직선이 움직이는 것을 보세요. "
                "또는 학습을 누르고 결정 경계를 보세요")
_INIT_ROUTE = ("Sigmoid 가중치 초기값 세 가지를 모두 학습한 다음 비교하세요: 실행 기록 → 활성화 히스토그램 "
               "(그리고 층별 기울기)")

KO = {
    # -- names --------------------------------------------------------------------------------------------
    "XOR, one hidden layer": "XOR, 은닉층 하나",
    "XOR, no hidden layer": "XOR, 은닉층 없음",
    "Three spirals": "세 갈래 나선",
    "Handwritten digits (8x8)": "손글씨 숫자 (8x8)",
    "Sine regression": "사인 함수 회귀",
    "Vanishing gradients: 6 Sigmoid layers": "기울기 소실: Sigmoid 6층",
    "Vanishing gradients: 6 ReLU layers": "기울기 소실: ReLU 6층",
    "Initialisation: std 1": "가중치 초기값: 표준편차 1",
    "Initialisation: std 0.01": "가중치 초기값: 표준편차 0.01",
    "Initialisation: Xavier": "가중치 초기값: Xavier",
    "Initialisation: ReLU with He": "가중치 초기값: ReLU와 He",
    "Optimizer race": "최적화 방법 경주",
    "Overfitting": "과적합",
    "Overfitting tamed: dropout": "과적합 잡기: 드롭아웃",
    "Overfitting tamed: L2": "과적합 잡기: L2",
    "Overfitting tamed: early stopping": "과적합 잡기: 조기 종료",
    "Deep Sigmoid network without batch normalisation": "배치 정규화 없는 깊은 Sigmoid 신경망",
    "Deep Sigmoid network with batch normalisation": "배치 정규화를 넣은 깊은 Sigmoid 신경망",
    "AND gate by hand": "손으로 만든 AND 게이트",
    "OR gate by hand": "손으로 만든 OR 게이트",
    "NAND gate by hand": "손으로 만든 NAND 게이트",
    "XOR gate, one perceptron fails": "XOR 게이트, 퍼셉트론 하나로는 실패",
    "XOR gate: NAND + OR, then AND": "XOR 게이트: NAND + OR, 그다음 AND",
    # -- lesson routes --------------------------------------------------------------------------------------
    "Train, then compare with the single layer: Runs → Accuracy":
        "학습한 다음 층 하나짜리와 비교하세요: 실행 기록 → 정확도",
    "Train, then look at the Decision boundary: one straight line": "학습한 다음 결정 경계를 보세요: 직선 하나입니다",
    "Train and watch the Decision boundary": "학습하면서 결정 경계를 지켜보세요",
    "Train, then look at the Confusion matrix": "학습한 다음 혼동 행렬을 보세요",
    "Train and watch the MAE in Loss and accuracy": "학습하면서 손실과 정확도에서 MAE를 지켜보세요",
    "Train, then compare with the ReLU version: Runs → Gradients by layer":
        "학습한 다음 ReLU 버전과 비교하세요: 실행 기록 → 층별 기울기",
    "Train, then compare with the Sigmoid version: Runs → Gradients by layer":
        "학습한 다음 Sigmoid 버전과 비교하세요: 실행 기록 → 층별 기울기",
    "Train all three Sigmoid initialisations, then compare them: Runs → Activation histograms (and Gradients by "
    "layer)": _INIT_ROUTE,
    "Run variants on the initialiser (std 0.01, Xavier, He), then compare: Runs → Loss":
        "가중치 초기값(표준편차 0.01, Xavier, He)으로 변형 실행을 한 다음 비교하세요: 실행 기록 → 손실",
    "Run variants on the optimizer, then compare: Runs → Loss":
        "최적화 방법으로 변형 실행을 한 다음 비교하세요: 실행 기록 → 손실",
    "Train all four, then compare: Runs → Loss": "넷 다 학습한 다음 비교하세요: 실행 기록 → 손실",
    "Train, then compare with the untamed network: Runs → Loss": "학습한 다음 그대로 둔 신경망과 비교하세요: 실행 기록 → 손실",
    "Train, then compare with batch normalisation: Runs → Accuracy":
        "학습한 다음 배치 정규화를 넣은 것과 비교하세요: 실행 기록 → 정확도",
    "Train, then compare with the plain network: Runs → Accuracy":
        "학습한 다음 배치 정규화 없는 신경망과 비교하세요: 실행 기록 → 정확도",
    "Open Lessons → Perceptrons and logic gates, type other weights and watch the line move; or press Train and "
    "look at the decision boundary": _GATE_LESSON,
    # -- descriptions ------------------------------------------------------------------------------------------
    "XOR: the points of a class sit in opposite corners, so no single straight line separates them. One hidden "
    "layer of 8 ReLU units bends the plane and reaches {xor.accuracy:pct} training accuracy. Compare with 'XOR, "
    "no hidden layer'.":
        "XOR: 같은 클래스의 점들이 서로 반대쪽 모서리에 있어서 직선 하나로는 나눌 수 없습니다. ReLU 유닛 8개의 "
        "은닉층 하나가 평면을 구부려 훈련 정확도 {xor.accuracy:pct}에 이릅니다. 'XOR, 은닉층 없음'과 비교해 보세요.",
    "A single Dense layer draws one straight line, and XOR needs two: training accuracy ends at "
    "{xor.single_layer_accuracy:pct} after 200 epochs. This is Minsky and Papert's objection to the perceptron; "
    "'XOR, one hidden layer' answers it.":
        "Dense 층 하나는 직선 하나를 긋는데, XOR에는 직선 두 개가 필요합니다: 에포크 200번 뒤에도 훈련 정확도는 "
        "{xor.single_layer_accuracy:pct}에 머뭅니다. 이것이 퍼셉트론에 대한 Minsky와 Papert의 반론이고, "
        "'XOR, 은닉층 하나'가 그 답입니다.",
    "Three interleaved spiral arms: a boundary no line or circle can draw. Two hidden layers of ReLU units learn it "
    "({others.spiral_val_accuracy:pct} validation accuracy); watch the decision boundary wind itself around the "
    "arms.":
        "서로 얽힌 나선 팔 세 개: 직선으로도 원으로도 그릴 수 없는 경계입니다. ReLU 유닛으로 된 은닉층 두 개가 "
        "이것을 학습합니다 (검증 정확도 {others.spiral_val_accuracy:pct}). 결정 경계가 나선 팔을 따라 감기는 것을 "
        "지켜보세요.",
    "1,797 handwritten digits of 8x8 pixels, 10 classes. A 64-128-64-10 ReLU network, Keras' classic MNIST recipe "
    "at small scale, reaches {others.digits_val_accuracy:pct} validation accuracy in seconds; the confusion matrix "
    "shows which digits it mixes up.":
        "8x8 픽셀 손글씨 숫자 1,797개, 클래스 10개. Keras의 고전적인 MNIST 예제를 작게 줄인 64-128-64-10 ReLU "
        "신경망이 몇 초 만에 검증 정확도 {others.digits_val_accuracy:pct}에 이릅니다. 혼동 행렬은 어떤 숫자들을 "
        "헷갈리는지 보여 줍니다.",
    "Regression: fit y = sin(x) from noisy samples with mean squared error. The metric is the mean absolute error "
    "(MAE); noise of standard deviation 0.1 alone costs 0.08, and the network ends at {others.sine_val_mae:f2} on "
    "the validation samples.":
        "회귀: 잡음이 섞인 샘플에 평균 제곱 오차(MSE)로 y = sin(x)를 맞춥니다. 평가 지표는 평균 절대 오차(MAE)입니다. "
        "표준편차 0.1의 잡음만으로도 0.08이 생기고, 신경망은 검증 데이터에서 {others.sine_val_mae:f2}에 이릅니다.",
    "Six Sigmoid layers trained by plain SGD. A Sigmoid's slope is at most 0.25, so the gradient shrinks at every "
    "layer on its way down: after training, the first layer's gradient norm is {vanishing.sigmoid_first_norm:sci} "
    "against {vanishing.sigmoid_top_norm:sci} at the top, and the network stays at "
    "{vanishing.sigmoid_val_accuracy:pct} validation accuracy (chance). Compare with 'Vanishing gradients: 6 ReLU "
    "layers'.":
        "기본 SGD로 학습하는 Sigmoid 층 여섯 개. Sigmoid의 기울기는 최대 0.25라서 기울기가 아래로 내려가며 층마다 "
        "줄어듭니다: 학습 뒤 첫 층의 기울기 노름은 {vanishing.sigmoid_first_norm:sci}, 맨 위 층은 "
        "{vanishing.sigmoid_top_norm:sci}이고, 신경망은 검증 정확도 {vanishing.sigmoid_val_accuracy:pct}"
        "(찍는 수준)에 머뭅니다. 이것이 기울기 소실입니다. '기울기 소실: ReLU 6층'과 비교해 보세요.",
    "The same six layers with ReLU and He initialisation. ReLU's slope is 1 where it is active, so the gradient "
    "does not shrink on its way down: after training the first layer's gradient norm is "
    "{vanishing.relu_first_norm:g2} against {vanishing.relu_top_norm:g2} at the top, and the network reaches "
    "{vanishing.relu_val_accuracy:pct} validation accuracy on the moons.":
        "같은 여섯 층에 ReLU와 He 가중치 초기값을 썼습니다. ReLU의 기울기는 켜진 곳에서 1이라서 기울기가 아래로 "
        "내려가도 줄지 않습니다: 학습 뒤 첫 층의 기울기 노름은 {vanishing.relu_first_norm:g2}, 맨 위 층은 "
        "{vanishing.relu_top_norm:g2}이고, 신경망은 moons 데이터에서 검증 정확도 "
        "{vanishing.relu_val_accuracy:pct}에 이릅니다.",
    "Five layers of 100 Sigmoid units, weights drawn with standard deviation 1 (Deep Learning from Scratch, fig. "
    "6-10). Before training, {init.std1_saturated_lo:num}–{init.std1_saturated_hi:pct} of each layer's outputs sit "
    "below 0.05 or above 0.95, where the Sigmoid is flat and a unit passes almost no gradient back. The large "
    "weights amplify what the other units pass, so the first layer still gets a gradient of "
    "{init.std1_first_grad:sci} (Xavier's gets {init.xavier_first_grad:sci}) and 5 epochs of SGD reach "
    "{init.std1_val_accuracy:pct} validation accuracy: saturated units are wasted, not silent.":
        "Sigmoid 유닛 100개짜리 층 다섯 개, 가중치는 표준편차 1로 뽑았습니다 (밑바닥부터 시작하는 딥러닝 그림 6-10). "
        "학습 전에 각 층 출력의 {init.std1_saturated_lo:num}–{init.std1_saturated_hi:pct}가 0.05 아래나 0.95 위에 "
        "있습니다. 그곳에서 Sigmoid는 평평해서 유닛이 기울기를 거의 돌려보내지 못합니다. 큰 가중치가 다른 유닛이 "
        "보내는 것을 키우므로 첫 층은 여전히 {init.std1_first_grad:sci}의 기울기를 받고 (Xavier는 "
        "{init.xavier_first_grad:sci}) SGD 5 에포크로 검증 정확도 {init.std1_val_accuracy:pct}에 이릅니다: 포화된 "
        "유닛은 조용한 게 아니라 낭비되는 것입니다.",
    "The same five Sigmoid layers with weights of standard deviation 0.01 (fig. 6-11): before training, "
    "{init.std001_middle_lo:num}–{init.std001_middle_hi:pct} of each layer's outputs sit between 0.45 and 0.55. "
    "The units all say nearly the same thing, so a hundred are hardly better than one, and almost nothing reaches "
    "the first layer ({init.std001_first_grad:sci}): 5 epochs of SGD stay at {init.std001_val_accuracy:pct} "
    "validation accuracy (chance).":
        "같은 Sigmoid 다섯 층에 가중치 표준편차 0.01 (그림 6-11): 학습 전에 각 층 출력의 "
        "{init.std001_middle_lo:num}–{init.std001_middle_hi:pct}가 0.45와 0.55 사이에 있습니다. 유닛들이 거의 같은 "
        "값을 내므로 백 개가 한 개보다 나을 게 없고, 첫 층에는 기울기가 거의 닿지 않습니다 "
        "({init.std001_first_grad:sci}): SGD 5 에포크 뒤에도 검증 정확도는 {init.std001_val_accuracy:pct}"
        "(찍는 수준)입니다.",
    "Xavier (Glorot) initialisation scales the weights by sqrt(2 / (fan_in + fan_out)) (fig. 6-13): no layer "
    "saturates and the outputs keep a spread in every layer (standard deviation "
    "{init.xavier_std_lo:f2}–{init.xavier_std_hi:f2}). But each Sigmoid's slope is at most 0.25: five of them leave "
    "the first layer a gradient of {init.xavier_first_grad:sci} against {init.xavier_top_grad:sci} at the top, and "
    "5 epochs of SGD stay at {init.xavier_val_accuracy:pct} (chance). Deep networks moved to ReLU with He "
    "initialisation: see 'Initialisation: ReLU with He'.":
        "Xavier(Glorot) 가중치 초기값은 가중치를 sqrt(2 / (fan_in + fan_out))배로 맞춥니다 (그림 6-13): 포화되는 "
        "층이 없고 모든 층의 출력이 고르게 퍼집니다 (표준편차 {init.xavier_std_lo:f2}–{init.xavier_std_hi:f2}). "
        "하지만 Sigmoid의 기울기는 최대 0.25라서, 다섯 개를 지나면 첫 층의 기울기는 맨 위 층의 "
        "{init.xavier_top_grad:sci}에 비해 {init.xavier_first_grad:sci}만 남고, SGD 5 에포크 뒤에도 "
        "{init.xavier_val_accuracy:pct}(찍는 수준)입니다. 깊은 신경망은 ReLU와 He 가중치 초기값으로 옮겨 갔습니다: "
        "'가중치 초기값: ReLU와 He'를 보세요.",
    "Five layers of 100 ReLU units. He initialisation (std sqrt(2 / fan_in)) makes up for the half of the units "
    "that are off: the outputs' spread stays the same from the first layer (standard deviation "
    "{init.he_std_first:f2}) to the last ({init.he_std_last:f2}). Run variants → initialiser makes Deep Learning "
    "from Scratch's fig. 6-14: after 10 epochs of SGD the loss is still {init.fig614_normal_loss:f2} with std 0.01 "
    "(chance), {init.fig614_xavier_normal_loss:f2} with Xavier and {init.fig614_he_normal_loss:f2} with He, the "
    "fastest.":
        "ReLU 유닛 100개짜리 층 다섯 개. He 가중치 초기값(표준편차 sqrt(2 / fan_in))은 꺼져 있는 절반의 유닛을 "
        "메워 줍니다: 출력이 퍼진 정도가 첫 층(표준편차 {init.he_std_first:f2})부터 마지막 층"
        "({init.he_std_last:f2})까지 그대로입니다. 변형 실행 → 가중치 초기값으로 밑바닥부터 시작하는 딥러닝의 "
        "그림 6-14를 만들 수 있습니다: SGD 10 에포크 뒤 손실은 표준편차 0.01에서 여전히 "
        "{init.fig614_normal_loss:f2}(찍는 수준), Xavier에서 {init.fig614_xavier_normal_loss:f2}, 가장 빠른 He에서 "
        "{init.fig614_he_normal_loss:f2}입니다.",
    "One network, six optimizers: Run variants on 'optimizer' trains it with each and overlays their loss curves. "
    "After 100 epochs SGD's loss is {optimizers.sgd:f2}, Momentum's {optimizers.momentum:f2}, Nesterov's "
    "{optimizers.nesterov:f2}, AdaGrad's {optimizers.adagrad:f2}, RMSprop's {optimizers.rmsprop:f2} and Adam's "
    "{optimizers.adam:f2}.":
        "신경망 하나, 최적화 방법 여섯 가지: 최적화 방법으로 변형 실행을 하면 각각으로 학습하고 손실 곡선을 "
        "겹쳐 그립니다. 에포크 100번 뒤 손실은 SGD {optimizers.sgd:f2}, Momentum {optimizers.momentum:f2}, "
        "Nesterov {optimizers.nesterov:f2}, AdaGrad {optimizers.adagrad:f2}, RMSprop {optimizers.rmsprop:f2}, "
        "Adam {optimizers.adam:f2}입니다.",
    "A big network on 50 noisy training points: the validation loss is lowest at epoch "
    "{overfit.best_val_epoch:int} ({overfit.best_val_loss:f2}), then climbs to {overfit.val_loss:f2} while the "
    "training loss falls to {overfit.loss:f2}. Compare with the dropout, L2 and early stopping versions.":
        "잡음 섞인 훈련 데이터 50개에 큰 신경망: 검증 손실은 에포크 {overfit.best_val_epoch:int}에서 가장 낮고"
        "({overfit.best_val_loss:f2}), 그 뒤 훈련 손실이 {overfit.loss:f2}까지 떨어지는 동안 "
        "{overfit.val_loss:f2}까지 올라갑니다. 이것이 과적합입니다. 드롭아웃, L2, 조기 종료 버전과 비교해 보세요.",
    "The overfitting network with Dropout(0.5) after each hidden layer: no unit can rely on another, and the "
    "validation loss ends at {overfit.dropout_val_loss:f2} instead of {overfit.val_loss:f2}.":
        "과적합하는 신경망의 은닉층마다 뒤에 Dropout(0.5)를 넣었습니다: 어떤 유닛도 다른 유닛에 기댈 수 없어서 "
        "검증 손실이 {overfit.val_loss:f2} 대신 {overfit.dropout_val_loss:f2}에서 끝납니다.",
    "The overfitting network with an L2 penalty (0.001 * sum of squared weights): large weights cost loss, the "
    "boundary stays smooth, and the validation loss ends at {overfit.l2_val_loss:f2} instead of "
    "{overfit.val_loss:f2}.":
        "과적합하는 신경망에 L2 규제(0.001 * 가중치 제곱합)를 더했습니다: 큰 가중치는 손실을 키우므로 경계가 "
        "매끄럽게 남고, 검증 손실이 {overfit.val_loss:f2} 대신 {overfit.l2_val_loss:f2}에서 끝납니다.",
    "The overfitting network, stopped when the validation loss has not improved for 20 epochs (at epoch "
    "{overfit.early_stopping_epochs:int}), with the best epoch's weights restored (Keras' EarlyStopping): epoch "
    "{overfit.early_stopping_best_epoch:int}'s, validation loss {overfit.early_stopping_val_loss:f2}.":
        "과적합하는 신경망을 검증 손실이 에포크 20번 동안 나아지지 않을 때 멈추고 (에포크 "
        "{overfit.early_stopping_epochs:int}에서), 가장 좋았던 에포크의 가중치로 되돌립니다 (Keras의 "
        "EarlyStopping, 조기 종료): 에포크 {overfit.early_stopping_best_epoch:int}의 가중치, 검증 손실 "
        "{overfit.early_stopping_val_loss:f2}.",
    "Eight Sigmoid layers trained by plain SGD on the digits: in 20 epochs the loss stays near log(10) = 2.30 "
    "({batchnorm.plain_loss:f2}) and validation accuracy at {batchnorm.plain_val_accuracy:pct}, chance. Compare "
    "with the batch-normalised version.":
        "손글씨 숫자를 기본 SGD로 학습하는 Sigmoid 여덟 층: 에포크 20번 동안 손실은 log(10) = 2.30 근처"
        "({batchnorm.plain_loss:f2})에, 검증 정확도는 찍는 수준인 {batchnorm.plain_val_accuracy:pct}에 머뭅니다. "
        "배치 정규화를 넣은 버전과 비교해 보세요.",
    "The same eight Sigmoid layers with BatchNorm before each activation: every layer sees inputs centred in the "
    "Sigmoid's steep middle, gradients flow, and the network reaches {batchnorm.batchnorm_val_accuracy:pct} "
    "validation accuracy in 20 epochs of the same SGD.":
        "같은 Sigmoid 여덟 층의 활성화 함수마다 앞에 BatchNorm(배치 정규화)을 넣었습니다: 모든 층의 입력이 Sigmoid의 "
        "가파른 가운데에 모이므로 기울기가 흐르고, 같은 SGD로 에포크 20번 만에 검증 정확도 "
        "{batchnorm.batchnorm_val_accuracy:pct}에 이릅니다.",
    "A perceptron with the notes' weights w = (0.5, 0.5), b = -0.7: only (1, 1) gets 0.5 + 0.5 - 0.7 = 0.3, above "
    "0. Type other weights in the Perceptron lesson and watch the line move. The output is a Sigmoid (so the "
    "trainer can use binary cross-entropy); it says class 1 exactly where w1*x1 + w2*x2 + b is above 0, the step "
    "function's line.":
        "노트의 가중치 w = (0.5, 0.5), b = -0.7인 퍼셉트론: (1, 1)만 0.5 + 0.5 - 0.7 = 0.3으로 0보다 큽니다. "
        "퍼셉트론 단원에서 다른 가중치를 넣고 직선이 움직이는 것을 보세요." + _GATE_NOTE,
    "The same weights as AND, w = (0.5, 0.5), with the bias raised to b = -0.2: now one input of 1 is enough "
    "(0.5 - 0.2 = 0.3, above 0). The output is a Sigmoid (so the trainer can use binary cross-entropy); it says "
    "class 1 exactly where w1*x1 + w2*x2 + b is above 0, the step function's line.":
        "AND와 같은 가중치 w = (0.5, 0.5)에 편향을 b = -0.2로 올렸습니다: 이제 입력 하나만 1이어도 됩니다 "
        "(0.5 - 0.2 = 0.3, 0보다 큼)." + _GATE_NOTE,
    "AND with every sign flipped, w = (-0.5, -0.5), b = 0.7: 1 everywhere except (1, 1). The output is a Sigmoid "
    "(so the trainer can use binary cross-entropy); it says class 1 exactly where w1*x1 + w2*x2 + b is above 0, "
    "the step function's line.":
        "AND의 부호를 모두 뒤집은 w = (-0.5, -0.5), b = 0.7: (1, 1)만 빼고 모두 1입니다." + _GATE_NOTE,
    "XOR with one perceptron (here OR's weights): one straight line cannot put (0, 1) and (1, 0) on one side and "
    "(0, 0) and (1, 1) on the other, so at most three of the four points are right, whatever the weights and "
    "however long it trains. See 'XOR gate: NAND + OR, then AND'.":
        "퍼셉트론 하나로 만든 XOR (여기서는 OR의 가중치): 직선 하나로는 (0, 1)과 (1, 0)을 한쪽에, (0, 0)과 (1, 1)을 "
        "다른 쪽에 둘 수 없으므로, 가중치가 무엇이든 얼마나 오래 학습하든 네 점 중 많아야 세 점만 맞습니다. "
        "'XOR 게이트: NAND + OR, 그다음 AND'를 보세요.",
    "Two layers solve XOR by hand: the first computes NAND and OR of the inputs (two step units), the second ANDs "
    "them. XOR(x1, x2) = AND(NAND(x1, x2), OR(x1, x2)): all four points right. The steps have no gradient, so "
    "this one is set by hand, not trained.":
        "층 두 개로 XOR을 손으로 풉니다: 첫 층은 입력의 NAND와 OR를 계산하고(계단 함수 유닛 두 개), 둘째 층은 "
        "그 둘의 AND를 냅니다. XOR(x1, x2) = AND(NAND(x1, x2), OR(x1, x2)): 네 점이 모두 맞습니다. 계단 함수에는 "
        "기울기가 없으므로 이 신경망은 학습하지 않고 손으로 정합니다.",
    # -- scaling (issue 16.7) ------------------------------------------------------------------------------
    "Scaling decides: breast cancer with SGD": "스케일링이 결과를 가른다: SGD로 배우는 유방암 데이터",
    "30 measurements of cell nuclei, some never above 0.03, others up to 4,254, and plain SGD. Unscaled, the "
    "largest features swamp the gradient and the network ends at {scaling.none:pct} validation accuracy (the share "
    "of the larger class); min-max scaling to [0, 1] gives {scaling.minmax:pct}, standard scaling (mean 0, standard "
    "deviation 1) {scaling.standard:pct}, with the same network, learning rate and 50 epochs. Lessons → Scaling "
    "shows each feature before and after.":
        "세포핵을 잰 값 30가지(0.03을 넘지 않는 것부터 4,254까지 있는 것까지)를 평범한 SGD로 학습합니다. 스케일링하지 "
        "않으면 가장 큰 특성이 기울기를 휩쓸어 검증 정확도가 {scaling.none:pct}(더 많은 클래스의 비율)에 그칩니다. "
        "[0, 1]로 정규화(Normalization)하면 {scaling.minmax:pct}, 표준화(Standardization, 평균 0, 표준편차 1)하면 "
        "{scaling.standard:pct}입니다. 신경망, 학습률, 50 에포크는 모두 같습니다. 단원별 학습 → 스케일링에서 "
        "스케일링 전후의 특성을 볼 수 있습니다.",
    "Run variants on the scaling (none, min-max, standard), then compare: Runs → Accuracy; Lessons → Scaling "
    "shows the features before and after":
        "스케일링(none, minmax, standard)으로 변형 실행을 한 다음 비교하세요: 실행 기록 → 정확도. 단원별 학습 → "
        "스케일링에서 스케일링 전후의 특성을 볼 수 있습니다",
}


def describe_ko(f, epochs, digits_epochs):
    """Korean for tools/examples_beyond_stacks.describe: the same figures ``f``, formatted the same way."""
    return {
        "deep20_plain": (
            "층 스무 개, 그냥 쌓기",
            f"손글씨 숫자에 Dense + Sigmoid 층 스무 개를 쌓고 기본 SGD로 학습합니다. Sigmoid는 기울기를 많아야 "
            f"사분의 일만 돌려보내고, 그것이 스무 번 거듭됩니다: 처음에 첫 층의 가중치에 닿는 기울기의 노름은 "
            f"{f['plain_grad']:.1e}이고, 아래쪽 층들은 끝내 학습하지 못하며, 에포크 {epochs}번 뒤 검증 정확도는 "
            f"{f['plain_acc']:.0%}입니다 (클래스 10개에서 찍는 수준). 기울기 소실입니다. '층 스무 개, 잔차 연결'과 "
            f"비교해 보세요."),
        "deep20_residual": (
            "층 스무 개, 잔차 연결",
            f"같은 층 스무 개에서 블록마다 입력을 출력에 더합니다 (Add: x + sigmoid(Wx + b), ResNet과 같은 잔차 연결). "
            f"Add는 Sigmoid 옆으로 기울기를 그대로 아래로 전합니다: 첫 층의 가중치가 처음에 받는 기울기의 노름은 "
            f"{f['plain_grad']:.1e} 대신 {f['residual_grad']:.2f}이고, 같은 SGD 에포크 {epochs}번 만에 검증 정확도 "
            f"{f['residual_acc']:.0%}에 이릅니다."),
        "digits_cnn": (
            "이미지로 본 손글씨 숫자: CNN",
            f"손글씨 숫자를 채널 하나짜리 8x8 이미지로 봅니다 (Input [8, 8, 1]): 필터 16개와 32개의 3x3 합성곱 두 번, "
            f"그 사이에 최대 풀링. 같은 작은 필터가 이미지 전체를 훑으므로 신경망의 매개변수는 Dense 신경망의 "
            f"{f['dense_params']:,}개에 비해 {f['cnn_params']:,}개뿐이고, 같은 Adam 에포크 {digits_epochs}번 만에 "
            f"검증 정확도 {f['cnn_acc']:.1%}에 이릅니다 (Dense 신경망은 {f['dense_acc']:.1%}). "
            f"'Dense 신경망으로 본 손글씨 숫자'와 비교해 보세요."),
        "digits_dense": (
            "Dense 신경망으로 본 손글씨 숫자",
            f"손글씨 숫자를 숫자 64개로 보고 ReLU 유닛 128개와 64개의 Dense 층에 통과시킵니다: 매개변수 "
            f"{f['dense_params']:,}개, 에포크 {digits_epochs}번 뒤 검증 정확도 {f['dense_acc']:.1%}. 픽셀마다 "
            f"가중치가 따로 있어서 신경망은 어느 픽셀끼리 이웃인지 알 수 없습니다. '이미지로 본 손글씨 숫자: CNN'과 "
            f"비교해 보세요."),
    }


KO.update({
    "Train, then compare with the residual version: Runs → Gradients by layer":
        "학습한 다음 잔차 연결 버전과 비교하세요: 실행 기록 → 층별 기울기",
    "Train, then compare with the plain version: Runs → Gradients by layer":
        "학습한 다음 그냥 쌓은 버전과 비교하세요: 실행 기록 → 층별 기울기",
    "Train, then compare with the dense network: Runs → Accuracy": "학습한 다음 Dense 신경망과 비교하세요: 실행 기록 → 정확도",
    "Train, then compare with the CNN: Runs → Accuracy": "학습한 다음 CNN과 비교하세요: 실행 기록 → 정확도",
})
