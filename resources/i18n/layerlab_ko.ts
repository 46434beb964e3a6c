<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>RunsModel</name>
    <message>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>(epoch %1, restored)</source>
        <translation>(에포크 %1, 복원됨)</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>달라진 점</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료 사유</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Save runs…</source>
        <translation>실행 기록 저장…</translation>
    </message>
    <message>
        <source>Open runs…</source>
        <translation>실행 기록 열기…</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>기록을 CSV로…</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Gradients by layer</source>
        <translation>층별 기울기</translation>
    </message>
    <message>
        <source>Gradients over time</source>
        <translation>시간에 따른 기울기</translation>
    </message>
    <message>
        <source>Activation histograms</source>
        <translation>활성화 히스토그램</translation>
    </message>
    <message>
        <source>Select two or more runs to compare them; double-click a name to rename it</source>
        <translation>두 개 이상의 실행을 선택하면 비교합니다. 이름을 더블클릭하면 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>There are no runs to save yet: train the network first.</source>
        <translation>아직 저장할 실행이 없습니다. 먼저 신경망을 학습시키세요.</translation>
    </message>
    <message>
        <source>Save runs</source>
        <translation>실행 기록 저장</translation>
    </message>
    <message>
        <source>LayerLab runs (*.layerlab-runs)</source>
        <translation>LayerLab 실행 기록 (*.layerlab-runs)</translation>
    </message>
    <message>
        <source>Cannot save the runs: %1</source>
        <translation>실행 기록을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saved %1 runs to %2</source>
        <translation>실행 %1개를 %2에 저장했습니다</translation>
    </message>
    <message>
        <source>Open runs</source>
        <translation>실행 기록 열기</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Opened %1 runs from %2</source>
        <translation>%2에서 실행 %1개를 열었습니다</translation>
    </message>
    <message>
        <source>Select one run to export its history.</source>
        <translation>기록을 내보낼 실행 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>기록 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the history: %1</source>
        <translation>기록을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saved the history of %1 to %2</source>
        <translation>%1의 기록을 %2에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <source>Run variants</source>
        <translation>변형 실행</translation>
    </message>
    <message>
        <source>Learning rates, separated by commas:</source>
        <translation>학습률 (쉼표로 구분):</translation>
    </message>
    <message>
        <source>Train each</source>
        <translation>각각 학습</translation>
    </message>
    <message>
        <source>Vary:</source>
        <translation>바꿀 것:</translation>
    </message>
    <message>
        <source>Train the current design once per value, one run after another, and compare the runs.</source>
        <translation>현재 설계를 값마다 한 번씩 차례로 학습시키고 실행들을 비교합니다.</translation>
    </message>
    <message>
        <source>every activation</source>
        <translation>모든 활성화 함수</translation>
    </message>
    <message>
        <source>the weight initialiser</source>
        <translation>가중치 초기화 방법</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>최적화 방법</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>the loss (those the last layer fits)</source>
        <translation>손실 함수 (마지막 층에 맞는 것)</translation>
    </message>
    <message>
        <source>the feature scaling</source>
        <translation>특성 스케일링</translation>
    </message>
    <message>
        <source>Tick at least one value to try.</source>
        <translation>시험할 값을 하나 이상 고르세요.</translation>
    </message>
</context>
<context>
    <name>GradCheckDialog</name>
    <message>
        <source>Gradient check</source>
        <translation>기울기 검사</translation>
    </message>
    <message>
        <source>Backpropagation agrees with numerical differentiation: every relative error is below 1e-6 (worst %1).</source>
        <translation>역전파가 수치 미분과 일치합니다. 모든 상대 오차가 1e-6 미만입니다 (최대 %1).</translation>
    </message>
    <message>
        <source>Some gradients disagree with numerical differentiation (worst %1).</source>
        <translation>일부 기울기가 수치 미분과 다릅니다 (최대 %1).</translation>
    </message>
    <message>
        <source>Each gradient from backpropagation is compared with central differences such as (L(w + h) − L(w − h)) / 2h on %1 training samples in float64, with small and larger steps h (the best agreement counts); large arrays on entries drawn at random. Relative error: |a − n| / (|a| + |n|).</source>
        <translation>역전파로 구한 각 기울기를 학습 샘플 %1개에서 float64 중앙 차분 (L(w + h) − L(w − h)) / 2h 등과 비교합니다. 작은 간격과 큰 간격 h를 모두 써서 가장 잘 맞는 값을 택하며, 큰 배열은 무작위로 뽑은 원소에서 검사합니다. 상대 오차: |a − n| / (|a| + |n|).</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Entries checked</source>
        <translation>검사한 원소 수</translation>
    </message>
    <message>
        <source>Relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <source>The whole gradient (%1 weights, %2 samples): numerical differentiation %3 s, backpropagation %4 s, %5 times faster.</source>
        <translation>기울기 전체 (가중치 %1개, 샘플 %2개): 수치 미분 %3초, 오차역전파법 %4초. 오차역전파법이 %5배 빠릅니다.</translation>
    </message>
    <message>
        <source>(Numerical differentiation was timed on %1 of the weights and scaled up.)</source>
        <translation>(수치 미분 시간은 가중치 %1개에서 잰 뒤 전체로 환산했습니다.)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>PyTorch script…</source>
        <translation>PyTorch 스크립트…</translation>
    </message>
    <message>
        <source>Keras script…</source>
        <translation>Keras 스크립트…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>화면에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>정렬(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>시작 안내(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>LayerLab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>Step one &amp;epoch</source>
        <translation>한 에포크만(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation>가중치 다시 뽑기(&amp;R)</translation>
    </message>
    <message>
        <source>Run &amp;variants…</source>
        <translation>변형 실행(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Check gradients</source>
        <translation>기울기 검사(&amp;C)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Lay the network out as a neat stack</source>
        <translation>네트워크를 깔끔한 층 쌓기로 배치합니다</translation>
    </message>
    <message>
        <source>Train the design once per activation, initialiser, optimizer or learning rate, and compare the runs</source>
        <translation>활성화 함수, 초기화 방법, 최적화 방법, 학습률마다 설계를 한 번씩 학습시키고 실행들을 비교합니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>예제(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>학습(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Model summary</source>
        <translation>모델 요약</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>시작 안내</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Training: the network's structure is locked until it stops.</source>
        <translation>학습 중: 학습이 멈출 때까지 네트워크 구조를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>About LayerLab</source>
        <translation>LayerLab 정보</translation>
    </message>
    <message>
        <source>LayerLab: build neural networks by drag and drop and watch them learn.
NumPy engine, PySide6 and pyqtgraph. MIT licence.</source>
        <translation>LayerLab: 끌어다 놓기로 신경망을 만들고 학습 과정을 지켜보세요.
NumPy 엔진, PySide6, pyqtgraph. MIT 라이선스.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation>“%1”의 변경 사항을 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>설계 열기</translation>
    </message>
    <message>
        <source>LayerLab designs (*.layerlab);;All files (*)</source>
        <translation>LayerLab 설계 (*.layerlab);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>설계를 열 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” could not be opened:</source>
        <translation>“%1”을(를) 열 수 없습니다:</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>설계 저장</translation>
    </message>
    <message>
        <source>LayerLab designs (*.layerlab)</source>
        <translation>LayerLab 설계 (*.layerlab)</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>설계를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2. Your design is still open; try another folder.</source>
        <translation>“%1”을(를) 쓸 수 없습니다: %2. 설계는 아직 열려 있으니 다른 폴더에 저장해 보세요.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python 파일 (*.py)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냄</translation>
    </message>
    <message>
        <source>Unsaved runs</source>
        <translation>저장하지 않은 실행 기록</translation>
    </message>
    <message>
        <source>%1 runs are not saved to a file. Save them first?</source>
        <translation>실행 기록 %1개가 파일에 저장되지 않았습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Save runs</source>
        <translation>실행 기록 저장</translation>
    </message>
    <message>
        <source>LayerLab runs (*.layerlab-runs)</source>
        <translation>LayerLab 실행 기록 (*.layerlab-runs)</translation>
    </message>
    <message>
        <source>Cannot save the runs</source>
        <translation>실행 기록을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the runs: %1</source>
        <translation>실행 기록을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>LayerLab did not close properly last time. Restore the unsaved design from %1?</source>
        <translation>지난번에 LayerLab이 제대로 종료되지 않았습니다. %1에 저장되지 않은 설계를 복구할까요?</translation>
    </message>
    <message>
        <source>LayerLab did not close properly last time. Restore the design and %2 unsaved runs from %1?</source>
        <translation>지난번에 LayerLab이 제대로 종료되지 않았습니다. %1에 저장되지 않은 설계와 실행 기록 %2개를 복구할까요?</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>Cannot recover unsaved work</source>
        <translation>저장하지 않은 작업을 복구할 수 없습니다</translation>
    </message>
    <message>
        <source>Autosaved work could not be restored and was set aside: %1</source>
        <translation>자동 저장된 작업을 복구할 수 없어 따로 옮겨 두었습니다: %1</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>The network is training: stop it to change its structure.</source>
        <translation>네트워크가 학습 중입니다. 구조를 바꾸려면 학습을 멈추세요.</translation>
    </message>
    <message>
        <source>That connection would make a cycle; a network flows one way.</source>
        <translation>그렇게 연결하면 순환이 생깁니다. 네트워크는 한 방향으로만 흐릅니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>정렬</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>The next run starts from fresh weights.</source>
        <translation>다음 학습은 새로 뽑은 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>학습이 발산했습니다</translation>
    </message>
    <message>
        <source>The variant sweep stopped: %1</source>
        <translation>변형 실행이 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>학습할 수 없습니다</translation>
    </message>
    <message>
        <source>Variant sweep stopped; %1 variants not trained.</source>
        <translation>변형 실행을 멈췄습니다. %1개의 변형은 학습하지 않았습니다.</translation>
    </message>
    <message>
        <source>Designs trained: %1 runs, compared in the Runs dock.</source>
        <translation>설계 학습 완료: 실행 %1개를 실행 기록 창에서 비교합니다.</translation>
    </message>
    <message>
        <source>Variant sweep done: %1 runs, compared in the Runs dock.</source>
        <translation>변형 실행 완료: 실행 %1개를 실행 기록 창에서 비교합니다.</translation>
    </message>
    <message>
        <source>Comparing backpropagation with numerical differentiation…</source>
        <translation>역전파와 수치 미분을 비교하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>기울기 검사</translation>
    </message>
    <message>
        <source>Cannot check the gradients: %1</source>
        <translation>기울기를 검사할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Gradient check cancelled.</source>
        <translation>기울기 검사를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LayerLab</source>
        <translation>LayerLab에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Drag layers from the palette onto the canvas: dropped below the last layer, they join the stack. Pick the data and optimizer in Properties (click the empty canvas), then train.</source>
        <translation>팔레트에서 층을 캔버스로 끌어다 놓으세요. 마지막 층 아래에 놓으면 자동으로 연결됩니다. 빈 캔버스를 클릭하고 속성에서 데이터와 최적화 방법(옵티마이저)을 고른 다음 학습하세요.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>예제</translation>
    </message>
</context>
<context>
    <name>DescriptionBanner</name>
    <message>
        <source>Show me</source>
        <translation>보여 주세요</translation>
    </message>
    <message>
        <source>Follow the lesson: train, and open the view that shows its point</source>
        <translation>수업을 따라갑니다: 학습하고, 요점을 보여 주는 화면을 엽니다</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>수업:</translation>
    </message>
</context>
<context>
    <name>LessonGuide</name>
    <message>
        <source>Cannot follow the lesson: %1</source>
        <translation>수업을 따라갈 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>PaceControl</name>
    <message>
        <source>full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <source>%1 epochs/s</source>
        <translation>초당 %1 에포크</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <source>Epochs per second, to watch a fast run learn; full speed costs nothing</source>
        <translation>초당 에포크 수: 빠른 학습을 천천히 지켜볼 수 있습니다. 최고 속도는 학습을 늦추지 않습니다</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>Paused · epoch %1 of %2</source>
        <translation>일시 정지됨 · 에포크 %1 / %2</translation>
    </message>
    <message>
        <source>epoch %1 of %2 · %3 samples/s · %4 s left</source>
        <translation>에포크 %1 / %2 · 초당 %3 샘플 · %4초 남음</translation>
    </message>
    <message>
        <source>%1 — final: %2</source>
        <translation>%1 — 최종: %2</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Filter layers…</source>
        <translation>층 찾기…</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>규제</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 형태</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>매개변수 수</translation>
    </message>
    <message>
        <source>Total params: %1</source>
        <translation>전체 매개변수: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>The decision boundary is drawn for data with two features, over their plane; this data has %1.</source>
        <translation>결정 경계는 특성이 두 개인 데이터의 평면 위에 그립니다. 이 데이터의 특성은 %1개입니다.</translation>
    </message>
    <message>
        <source>A confusion matrix counts classes; this network predicts values (a regression).</source>
        <translation>혼동 행렬은 클래스를 셉니다. 이 네트워크는 값을 예측합니다(회귀).</translation>
    </message>
    <message>
        <source>Press Train to see the loss fall, epoch by epoch, on the training data (solid) and the validation data (dashed).</source>
        <translation>학습을 누르면 에포크마다 손실이 줄어드는 모습이 훈련 데이터(실선)와 검증 데이터(점선)로 나타납니다.</translation>
    </message>
    <message>
        <source>Press Train to see the accuracy (or, for a regression, the mean absolute error) after each epoch.</source>
        <translation>학습을 누르면 에포크마다 정확도(회귀에서는 평균 절대 오차)가 나타납니다.</translation>
    </message>
    <message>
        <source>Press Train to see the gradient reaching each layer: a layer far below the others learns slowly.</source>
        <translation>학습을 누르면 각 층에 도달하는 기울기가 나타납니다. 다른 층보다 훨씬 작은 층은 느리게 학습합니다.</translation>
    </message>
    <message>
        <source>Press Train to see the network's decision over the plane of the data, for data with two features.</source>
        <translation>학습을 누르면 특성이 두 개인 데이터의 평면 위에 네트워크의 판단이 나타납니다.</translation>
    </message>
    <message>
        <source>Press Train to see, after each epoch, which classes the network confuses on the validation data.</source>
        <translation>학습을 누르면 에포크마다 네트워크가 검증 데이터에서 어떤 클래스를 혼동하는지 나타납니다.</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>손실과 정확도</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Activation histograms</source>
        <translation>활성화 히스토그램</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Log scale for the loss</source>
        <translation>손실을 로그 눈금으로</translation>
    </message>
    <message>
        <source>Save these plots as PNG or SVG…</source>
        <translation>이 그래프들을 PNG나 SVG로 저장…</translation>
    </message>
    <message>
        <source>Point at a curve to read its values</source>
        <translation>곡선 위에 마우스를 올리면 값을 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>Now: each layer's outputs on a probe batch of validation samples. A Sigmoid piled at 0 and 1 is saturated; a ReLU piled at 0 has dead units.</source>
        <translation>현재: 검증 샘플 탐침 배치에서 각 층의 출력. Sigmoid가 0과 1에 몰려 있으면 포화된 것이고, ReLU가 0에 몰려 있으면 죽은 유닛이 있는 것입니다.</translation>
    </message>
    <message>
        <source>Press Train to see, for each layer, how large a gradient reaches it compared with the top layer.</source>
        <translation>학습을 누르면 층마다 맨 위 층과 비교해 얼마나 큰 기울기가 도달하는지 나타납니다.</translation>
    </message>
    <message>
        <source>Press Train to see each layer's outputs as histograms: saturated Sigmoids pile at 0 and 1, dead ReLUs at 0.</source>
        <translation>학습을 누르면 각 층의 출력이 히스토그램으로 나타납니다. 포화된 Sigmoid는 0과 1에, 죽은 ReLU는 0에 몰립니다.</translation>
    </message>
    <message>
        <source>Press Train to see each layer's weights: how their distribution spreads over the epochs, and now.</source>
        <translation>학습을 누르면 각 층의 가중치가 나타납니다. 에포크에 따라 분포가 어떻게 퍼지는지, 그리고 지금의 분포를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Each layer's weights W: left, their distribution over the epochs (darker means more weights); right, now.</source>
        <translation>각 층의 가중치 W: 왼쪽은 에포크에 따른 분포 (진할수록 가중치가 많음), 오른쪽은 현재 분포입니다.</translation>
    </message>
    <message>
        <source>best epoch %1, restored</source>
        <translation>최고 에포크 %1, 복원됨</translation>
    </message>
    <message>
        <source>best epoch %1</source>
        <translation>최고 에포크 %1</translation>
    </message>
    <message>
        <source>predicted class, with the training points</source>
        <translation>예측한 클래스와 훈련 데이터의 점</translation>
    </message>
    <message>
        <source>predicted value over the input plane</source>
        <translation>입력 평면 위의 예측값</translation>
    </message>
    <message>
        <source>the restored network of epoch %1</source>
        <translation>에포크 %1에서 복원한 신경망</translation>
    </message>
    <message>
        <source>validation set, the restored network of epoch %1</source>
        <translation>검증 데이터, 에포크 %1에서 복원한 신경망</translation>
    </message>
    <message>
        <source>validation set after epoch %1</source>
        <translation>에포크 %1 뒤의 검증 데이터</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%2개 중 %1개 정답</translation>
    </message>
    <message>
        <source>Now: the gradient reaching each layer, per sample of a probe batch of validation samples, as log10 of its size relative to the same sample's gradient at the top layer (0: as large as at the top, -3: a thousandth). Far to the left means vanishing.</source>
        <translation>지금: 각 층에 도달하는 기울기를, 검증 샘플로 된 프로브 배치의 샘플마다 같은 샘플이 맨 위 층에서 받는 기울기에 대한 크기의 log10으로 보여 줍니다 (0: 맨 위와 같은 크기, -3: 천분의 일). 왼쪽으로 멀수록 기울기 소실입니다.</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <source>path</source>
        <translation>파일 경로</translation>
    </message>
    <message>
        <source>target</source>
        <translation>타깃 열</translation>
    </message>
    <message>
        <source>task</source>
        <translation>문제 유형</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>스케일링</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>매개변수 없음</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>학습 설정</translation>
    </message>
    <message>
        <source>Select a layer to edit its parameters.</source>
        <translation>층을 선택하면 매개변수를 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <source>toy: generated 2-D sets; builtin: bundled real datasets; csv: your own file</source>
        <translation>toy: 생성한 2차원 데이터, builtin: 함께 제공되는 실제 데이터, csv: 직접 준비한 파일</translation>
    </message>
    <message>
        <source>Paint points…</source>
        <translation>점 그리기…</translation>
    </message>
    <message>
        <source>Choose CSV file…</source>
        <translation>CSV 파일 선택…</translation>
    </message>
    <message>
        <source>type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>설계 이름</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>최적화 방법</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <source>Not a shape: %1 (expected 1 to 3 whole numbers, e.g. 8, 8)</source>
        <translation>형태가 아닙니다: %1 (1~3개의 자연수가 필요합니다. 예: 8, 8)</translation>
    </message>
    <message>
        <source>%1: expected a whole number from %2 to %3, or empty for the default</source>
        <translation>%1: %2부터 %3까지의 자연수가 필요합니다. 비워 두면 기본값입니다</translation>
    </message>
    <message>
        <source>Set data source</source>
        <translation>데이터 소스 설정</translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation>최적화 방법 설정</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV 파일 선택</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Set CSV file</source>
        <translation>CSV 파일 설정</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1을(를) %2에 연결</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>%1과(와) %2 연결 끊기</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Set %1.%2</source>
        <translation>%1.%2 설정</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 설정</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>설계 이름 바꾸기</translation>
    </message>
    <message>
        <source>Change %1 to %2</source>
        <translation>%1을(를) %2(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 끼워 넣기</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>%1: unit %2</source>
        <translation>%1: 뉴런 %2</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>유형 바꾸기</translation>
    </message>
    <message>
        <source>Pictures of the first %1 units; %2 more are not shown</source>
        <translation>처음 %1개 뉴런의 그림입니다. 나머지 %2개는 표시하지 않습니다</translation>
    </message>
    <message>
        <source>params</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Edge %1 → %2; select it and press Delete to remove it</source>
        <translation>연결 %1 → %2. 선택하고 Delete를 누르면 지워집니다</translation>
    </message>
    <message>
        <source>Edge %1 → %2, input %3 of %2; select it and press Delete to remove it</source>
        <translation>연결 %1 → %2, %2의 %3번째 입력. 선택하고 Delete를 누르면 지워집니다</translation>
    </message>
</context>
<context>
    <name>LessonsWindow</name>
    <message>
        <source>This lesson cannot show the current design: %1</source>
        <translation>이 단원은 현재 설계를 보여 줄 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no design is open</source>
        <translation>열린 설계가 없습니다</translation>
    </message>
    <message>
        <source>the graph is drawn for networks of up to %1 operations; this one has %2</source>
        <translation>계산 그래프는 연산이 %1개 이하인 신경망만 그립니다. 이 신경망은 %2개입니다</translation>
    </message>
    <message>
        <source>the design has no Dense layer on 2 inputs with at most %1 weights and a bias; open one of the gate examples</source>
        <translation>입력 2개, 가중치 %1개 이하, 편향이 있는 Dense 층이 설계에 없습니다. 논리 회로 예제 중 하나를 여세요</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>단원별 학습</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>단원별 학습(&amp;L)</translation>
    </message>
    <message>
        <source>Training sample 1: %1</source>
        <translation>학습 샘플 1: %1</translation>
    </message>
    <message>
        <source>Perceptrons and logic gates</source>
        <translation>퍼셉트론과 논리 회로</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>계산 그래프</translation>
    </message>
    <message>
        <source>Numerical differentiation vs backpropagation</source>
        <translation>수치 미분과 오차역전파법</translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>Optimizer paths</source>
        <translation>최적화 방법의 경로</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>스케일링</translation>
    </message>
    <message>
        <source>The design as Keras code</source>
        <translation>설계를 Keras 코드로</translation>
    </message>
</context>
<context>
    <name>ActivationView</name>
    <message>
        <source>LeakyReLU α:</source>
        <translation>LeakyReLU α:</translation>
    </message>
    <message>
        <source>Each activation function (solid) and its slope (dashed), computed by the layers that train networks. Shaded: where the slope is below %1, so a gradient passing through is cut to less than a twentieth.</source>
        <translation>활성화 함수(실선)와 그 기울기(점선). 신경망을 학습시키는 바로 그 층으로 계산합니다. 음영: 기울기가 %1보다 작아서 지나가는 기울기가 20분의 1 아래로 줄어드는 구간.</translation>
    </message>
    <message>
        <source>Softmax over [x, 1, −1]: first output</source>
        <translation>[x, 1, −1]의 Softmax: 첫 번째 출력</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>slope f′(x)</source>
        <translation>기울기 f′(x)</translation>
    </message>
    <message>
        <source>Select an activation layer during or after a run to see where its inputs sit on its curve.</source>
        <translation>학습 중이나 학습 후에 활성화 함수 층을 선택하면 그 입력이 곡선의 어디에 있는지 보입니다.</translation>
    </message>
    <message>
        <source>%1 inputs of this %2 layer (grey): their median slope is %3 (a %2 has at most %4), so a gradient passing through shrinks about %5× here; %6% of them sit where the slope is below %7.</source>
        <translation>이 %2 층의 입력 %1개(회색): 기울기의 중앙값은 %3입니다(%2의 기울기는 최대 %4). 그래서 이 층을 지나는 기울기는 약 %5분의 1로 줄어듭니다. 입력의 %6%는 기울기가 %7보다 작은 곳에 있습니다.</translation>
    </message>
</context>
<context>
    <name>PerceptronView</name>
    <message>
        <source>Gate:</source>
        <translation>논리 회로:</translation>
    </message>
    <message>
        <source>Type the weights and the bias: the unit says 1 where w1·x1 + w2·x2 + b &gt; 0. The line is where it equals 0.</source>
        <translation>가중치와 편향을 입력하세요. 뉴런은 w1·x1 + w2·x2 + b &gt; 0인 곳에서 1을 출력합니다. 직선은 이 값이 0인 곳입니다.</translation>
    </message>
    <message>
        <source>w from x%1</source>
        <translation>x%1의 가중치</translation>
    </message>
    <message>
        <source>b</source>
        <translation>편향 b</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>뉴런 %1</translation>
    </message>
    <message>
        <source>“%1” is not a number; type a weight such as 0.5 or -0.7.</source>
        <translation>“%1”은(는) 숫자가 아닙니다. 0.5나 -0.7 같은 가중치를 입력하세요.</translation>
    </message>
    <message>
        <source>%1 of the 4 points are on the right side.</source>
        <translation>점 4개 중 %1개가 올바른 쪽에 있습니다.</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Forward step</source>
        <translation>순전파 한 단계</translation>
    </message>
    <message>
        <source>Backward step</source>
        <translation>역전파 한 단계</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>One sample through the network, one operation at a time: forward computes each value; backward multiplies the gradient arriving from above by the operation's local slope (the chain rule). Numbers from the engine's own forward and backward pass.</source>
        <translation>샘플 하나가 신경망을 지나는 과정을 연산 하나씩 봅니다. 순전파는 각 값을 계산하고, 역전파는 위에서 전해진 기울기에 그 연산의 국소적 기울기를 곱합니다(연쇄법칙). 숫자는 엔진의 순전파와 역전파에서 나온 값입니다.</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>값 %1</translation>
    </message>
    <message>
        <source>∂L/∂ %1</source>
        <translation>∂L/∂ %1</translation>
    </message>
    <message>
        <source>Press Forward step to compute the first value.</source>
        <translation>순전파 한 단계를 눌러 첫 값을 계산하세요.</translation>
    </message>
    <message>
        <source>Forward: %1 = %2</source>
        <translation>순전파: %1 = %2</translation>
    </message>
    <message>
        <source>Backward: %1 — the loss is fused with this output, so the engine starts at its input with y − t.</source>
        <translation>역전파: %1 — 손실 함수가 이 출력과 합쳐져 있어서, 엔진은 그 입력에서 y − t로 시작합니다.</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂%1 = %2</source>
        <translation>역전파: ∂L/∂%1 = %2</translation>
    </message>
</context>
<context>
    <name>GradientTimingView</name>
    <message>
        <source>Measure</source>
        <translation>측정</translation>
    </message>
    <message>
        <source>The whole gradient of the loss, two ways: numerical differentiation nudges every weight and runs the network twice per weight; backpropagation gets them all from one forward and one backward pass.</source>
        <translation>손실 함수의 기울기 전체를 두 가지 방법으로 구합니다. 수치 미분은 가중치마다 조금씩 바꿔 신경망을 두 번씩 실행하고, 오차역전파법은 순전파 한 번과 역전파 한 번으로 모두 구합니다.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>numerical differentiation</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <source>backpropagation</source>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <source>Cannot measure: %1</source>
        <translation>측정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Press Measure to time both on the current design.</source>
        <translation>측정을 누르면 현재 설계에서 두 방법의 시간을 잽니다.</translation>
    </message>
    <message>
        <source>Backpropagation was %1 times faster for these %2 weights.</source>
        <translation>이 매개변수 %2개에서 오차역전파법이 %1배 빨랐습니다.</translation>
    </message>
</context>
<context>
    <name>OptimizerPathsView</name>
    <message>
        <source>Function:</source>
        <translation>함수:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>단계 수:</translation>
    </message>
    <message>
        <source>Learning rates:</source>
        <translation>학습률:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Animate</source>
        <translation>애니메이션</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Rosenbrock function</source>
        <translation>로젠브록 함수</translation>
    </message>
    <message>
        <source>saddle x² − y²</source>
        <translation>안장점 x² − y²</translation>
    </message>
    <message>
        <source>Each optimizer minimises f from the same start (+), with the optimizer classes that train networks. Contours of f are drawn in grey.</source>
        <translation>각 최적화 방법이 같은 시작점(+)에서 f를 최소화합니다. 신경망을 학습시키는 바로 그 옵티마이저 클래스로 계산합니다. 회색 선은 f의 등고선입니다.</translation>
    </message>
    <message>
        <source>Step %1 of %2.</source>
        <translation>%2단계 중 %1단계.</translation>
    </message>
    <message>
        <source>Lowest f so far: %1 (%2).</source>
        <translation>지금까지 가장 낮은 f: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <source>sum of squared errors (SSE, ½·Σ)</source>
        <translation>오차제곱합(SSE, ½·Σ)</translation>
    </message>
    <message>
        <source>mean squared error (MSE)</source>
        <translation>평균 제곱 오차(MSE)</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <source>predicted probability of the true class</source>
        <translation>정답 클래스의 예측 확률</translation>
    </message>
    <message>
        <source>Loss of one sample</source>
        <translation>샘플 하나의 손실</translation>
    </message>
    <message>
        <source>Gradient at the true class's logit (through Softmax)</source>
        <translation>정답 클래스 로짓의 기울기 (Softmax를 거쳐)</translation>
    </message>
    <message>
        <source>One sample of %1 classes; the others share what the true class does not get. Computed by the loss functions that train networks. When the prediction is badly wrong (left end), cross-entropy still pushes with y − t ≈ −1, while the squared errors' push fades through the Softmax.</source>
        <translation>클래스가 %1개인 샘플 하나. 정답 클래스가 받지 못한 확률은 나머지 클래스가 나눠 가집니다. 신경망을 학습시키는 바로 그 손실 함수로 계산합니다. 예측이 크게 틀렸을 때(왼쪽 끝) 교차 엔트로피 오차는 여전히 y − t ≈ −1로 밀어 주지만, 제곱 오차의 기울기는 Softmax를 거치며 사라집니다.</translation>
    </message>
</context>
<context>
    <name>ScalingView</name>
    <message>
        <source>Scaling:</source>
        <translation>스케일링:</translation>
    </message>
    <message>
        <source>Training data as loaded (%1 features)</source>
        <translation>불러온 그대로의 훈련 데이터 (특성 %1개)</translation>
    </message>
    <message>
        <source>After %1 scaling, fitted on the training split</source>
        <translation>%1 스케일링 후 (훈련 데이터에 맞춤)</translation>
    </message>
    <message>
        <source>Each box spans a feature's middle half (quartiles), the whiskers its minimum and maximum, the bar its median. Features on very different scales make one learning rate too large for some and too small for others.</source>
        <translation>상자는 특성 값의 가운데 절반(사분위), 수염은 최솟값과 최댓값, 막대는 중앙값입니다. 특성의 범위가 크게 다르면 하나의 학습률이 어떤 특성에는 너무 크고 어떤 특성에는 너무 작습니다.</translation>
    </message>
</context>
<context>
    <name>KerasCodeView</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>The current design as Keras code (Sequential, compile, fit), as LayerLab exports it. It follows your edits.</source>
        <translation>현재 설계를 LayerLab이 내보내는 Keras 코드(Sequential, compile, fit)로 보여 줍니다. 편집하면 따라 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>WeightsTable</name>
    <message>
        <source>Weights and bias (type to set them by hand; the layer then starts from these):</source>
        <translation>가중치와 편향 (직접 입력하면 층이 이 값에서 시작합니다):</translation>
    </message>
    <message>
        <source>w from x%1</source>
        <translation>x%1의 가중치</translation>
    </message>
    <message>
        <source>b</source>
        <translation>편향 b</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>뉴런 %1</translation>
    </message>
    <message>
        <source>“%1” is not a number; type a weight such as 0.5 or -0.7.</source>
        <translation>“%1”은(는) 숫자가 아닙니다. 0.5나 -0.7 같은 가중치를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>PaintView</name>
    <message>
        <source>A painting holds at most %1 points.</source>
        <translation>그린 데이터에는 점을 최대 %1개까지 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>Paint a point</source>
        <translation>점 그리기</translation>
    </message>
    <message>
        <source>Erase points</source>
        <translation>점 지우기</translation>
    </message>
    <message>
        <source>Clear points</source>
        <translation>점 모두 지우기</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>%1에서 시작</translation>
    </message>
    <message>
        <source>Set the painting's task</source>
        <translation>그린 데이터의 문제 종류 바꾸기</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>점 %1개</translation>
    </message>
    <message>
        <source>Not painted: the design trains on %1</source>
        <translation>그린 데이터가 아닙니다. 지금은 %1(으)로 학습합니다</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>문제:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>Class / value:</source>
        <translation>클래스 / 값:</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>클래스 %1</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>시작 데이터…</translation>
    </message>
    <message>
        <source>Replace the painting with a toy dataset's points</source>
        <translation>그린 점을 예제 데이터셋(toy)의 점으로 바꿉니다</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Click to add a point of the chosen class (or value); drag to erase. Each click or stroke is one undo step.</source>
        <translation>클릭하면 고른 클래스(또는 값)의 점이 생기고, 드래그하면 지워집니다. 클릭이나 드래그 한 번이 실행 취소 한 단계입니다.</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>&amp;Paint data…</source>
        <translation>데이터 직접 그리기(&amp;P)…</translation>
    </message>
    <message>
        <source>Paint your own 2-D points to train on</source>
        <translation>학습에 쓸 2차원 점을 직접 그립니다</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>발표 모드(&amp;R)</translation>
    </message>
    <message>
        <source>Large text and plots; only the canvas, the training controls and the lesson's plots</source>
        <translation>큰 글자와 그래프. 캔버스, 학습 조작 버튼, 수업의 그래프만 보입니다</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Paint data</source>
        <translation>데이터 그리기</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>What the last report of the training says about the layers (click a problem to select its layer):</source>
        <translation>학습의 마지막 보고가 각 층에 대해 알려 주는 것 (문제를 클릭하면 그 층을 선택합니다):</translation>
    </message>
    <message>
        <source>No problems: the last report of the training found no dead, saturated or starved layer.</source>
        <translation>문제 없음: 학습의 마지막 보고에서 죽은 층, 포화된 층, 기울기가 닿지 않는 층을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>원인: %1</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>해 볼 것: %1</translation>
    </message>
    <message>
        <source>Click to select %1 on the canvas</source>
        <translation>클릭하면 캔버스에서 %1을(를) 선택합니다</translation>
    </message>
    <message>
        <source>%1 (Conv2D): the first %2 filters, averaged over the input channels</source>
        <translation>%1 (Conv2D): 처음 %2개 필터 (입력 채널에 대한 평균)</translation>
    </message>
    <message>
        <source>%1: a validation image (left) and what those filters make of it (feature maps)</source>
        <translation>%1: 검증 데이터의 이미지 하나 (왼쪽)와 그 필터들이 만든 특성 맵</translation>
    </message>
    <message>
        <source>Filters and feature maps of Conv2D layers appear here while a network with convolution trains.</source>
        <translation>합성곱 신경망이 학습하는 동안 Conv2D 층의 필터와 특성 맵이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Filters and feature maps</source>
        <translation>필터와 특성 맵</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>gradient norm reaching each layer, end of run</source>
        <translation>각 층에 도달하는 기울기의 크기(노름), 학습 끝</translation>
    </message>
    <message>
        <source>gradient norm reaching each layer, over time</source>
        <translation>각 층에 도달하는 기울기의 크기(노름), 시간에 따라</translation>
    </message>
    <message>
        <source>layer, input side first</source>
        <translation>층 (입력 쪽부터)</translation>
    </message>
    <message>
        <source>gradient norm reaching each layer</source>
        <translation>각 층에 도달하는 기울기의 크기(노름)</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>예측한 클래스</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <source>%1 zeros</source>
        <translation>0인 값 %1개</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <source>val_loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>val_accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>mae</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <source>val_mae</source>
        <translation>검증 평균 절대 오차</translation>
    </message>
    <message>
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>another design</source>
        <translation>다른 설계</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>The network's input: one sample's shape (features, or rows and columns).</source>
        <translation>네트워크의 입력: 샘플 하나의 형태(특성 수, 또는 행과 열).</translation>
    </message>
    <message>
        <source>Shape of one sample, e.g. [2] or [8, 8].</source>
        <translation>샘플 하나의 형태. 예: [2] 또는 [8, 8].</translation>
    </message>
    <message>
        <source>Fully connected layer: x @ W + b.</source>
        <translation>완전 연결 층: x @ W + b.</translation>
    </message>
    <message>
        <source>Number of output units (neurons).</source>
        <translation>출력 유닛(뉴런)의 수.</translation>
    </message>
    <message>
        <source>How W is initialised. xavier_*: Glorot's std sqrt(2 / (fan_in + fan_out)), Keras' 'glorot_*' (Deep Learning from Scratch's 'Xavier' is 1 / sqrt(fan_in)); he_*: std sqrt(2 / fan_in), for ReLU; normal: the std below. Keras' default is xavier_uniform.</source>
        <translation>W의 초기화 방법. xavier_*: Glorot의 표준편차 sqrt(2 / (fan_in + fan_out)), Keras의 'glorot_*' (밑바닥부터 시작하는 딥러닝의 'Xavier 초기값'은 1 / sqrt(fan_in)); he_*: 표준편차 sqrt(2 / fan_in), ReLU용; normal: 아래의 표준편차. Keras의 기본값은 xavier_uniform.</translation>
    </message>
    <message>
        <source>Standard deviation for the 'normal' initialiser.</source>
        <translation>'normal' 초기화 방법의 표준편차.</translation>
    </message>
    <message>
        <source>Add a bias vector b.</source>
        <translation>편향 벡터 b를 더합니다.</translation>
    </message>
    <message>
        <source>Hand-set starting weights {"W": [[...]], "b": [...]} (W of shape (inputs, units)); null draws them with init.</source>
        <translation>직접 정한 가중치 초기값 {"W": [[...]], "b": [...]} (W의 형태는 (입력 수, 뉴런 수)). null이면 init으로 뽑습니다.</translation>
    </message>
    <message>
        <source>Flattens each sample to one dimension, e.g. (8, 8) to (64,).</source>
        <translation>각 샘플을 1차원으로 펼칩니다. 예: (8, 8) → (64,).</translation>
    </message>
    <message>
        <source>1 / (1 + exp(-x)): squashes to (0, 1); its gradient is at most 0.25.</source>
        <translation>1 / (1 + exp(-x)): (0, 1)로 압축합니다. 기울기는 최대 0.25입니다.</translation>
    </message>
    <message>
        <source>tanh(x): squashes to (-1, 1), centred on 0.</source>
        <translation>tanh(x): 0을 중심으로 (-1, 1)로 압축합니다.</translation>
    </message>
    <message>
        <source>max(0, x): the default for hidden layers.</source>
        <translation>max(0, x): 은닉층의 기본 선택.</translation>
    </message>
    <message>
        <source>x for x &gt; 0, alpha * x otherwise: never quite switches off.</source>
        <translation>x &gt; 0이면 x, 아니면 alpha * x: 완전히 꺼지지 않습니다.</translation>
    </message>
    <message>
        <source>Slope for x &lt; 0 (PyTorch's default 0.01; Keras' is 0.3).</source>
        <translation>x &lt; 0일 때의 기울기 (PyTorch 기본값 0.01, Keras는 0.3).</translation>
    </message>
    <message>
        <source>The perceptron's step: 1 for x &gt; 0, else 0. Its gradient is zero, so it cannot learn by gradient descent.</source>
        <translation>퍼셉트론의 계단 함수: x &gt; 0이면 1, 아니면 0. 기울기가 0이라서 경사 하강법으로 학습할 수 없습니다.</translation>
    </message>
    <message>
        <source>In training, drops a fraction of the units at random and scales the rest by 1 / (1 - rate) (inverted dropout, as Keras and torch do); does nothing in inference. Deep Learning from Scratch scales by (1 - rate) at test time instead: the same expected output.</source>
        <translation>학습 중에 유닛 일부를 무작위로 끄고 나머지를 1 / (1 - rate)배 합니다(역 드롭아웃, Keras와 torch의 방식). 추론할 때는 아무것도 하지 않습니다. 밑바닥부터 시작하는 딥러닝은 대신 시험할 때 (1 - rate)를 곱합니다: 기댓값은 같습니다.</translation>
    </message>
    <message>
        <source>Fraction of units dropped, as in Keras.</source>
        <translation>끄는 유닛의 비율 (Keras와 같은 의미).</translation>
    </message>
    <message>
        <source>Normalises each feature over the batch, then scales by gamma and shifts by beta.</source>
        <translation>배치에 걸쳐 각 특성을 정규화한 뒤 gamma로 스케일하고 beta만큼 이동합니다.</translation>
    </message>
    <message>
        <source>running = momentum * running + (1 - momentum) * batch (Keras' meaning).</source>
        <translation>running = momentum * running + (1 - momentum) * batch (Keras와 같은 의미).</translation>
    </message>
    <message>
        <source>Added to the variance so it never divides by zero.</source>
        <translation>0으로 나누지 않도록 분산에 더하는 값.</translation>
    </message>
    <message>
        <source>exp(x) / sum(exp(x)): class probabilities; pair it with categorical_crossentropy.</source>
        <translation>exp(x) / sum(exp(x)): 클래스 확률. categorical_crossentropy와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>Slides filters over the image: each output pixel is a weighted sum of a small window of every input channel.</source>
        <translation>이미지 위로 필터를 밀며 계산합니다: 출력 픽셀 하나는 모든 입력 채널의 작은 창을 가중합한 값입니다.</translation>
    </message>
    <message>
        <source>Number of filters (output channels).</source>
        <translation>필터 수 (출력 채널 수).</translation>
    </message>
    <message>
        <source>Height and width of each filter's window, e.g. 3 for 3x3.</source>
        <translation>필터 창의 높이와 너비. 예: 3이면 3x3.</translation>
    </message>
    <message>
        <source>Step between windows: 2 halves the height and width.</source>
        <translation>스트라이드: 창 사이의 간격. 2이면 높이와 너비가 절반이 됩니다.</translation>
    </message>
    <message>
        <source>'valid': windows stay inside the image (it shrinks); 'same': zeros around it keep ceil(size / strides), the odd pixel at the bottom and right (Keras').</source>
        <translation>'valid': 창이 이미지 안에만 놓입니다 (출력이 작아짐). 'same': 둘레에 0을 채워(패딩) 출력 크기를 ceil(크기 / strides)로 유지합니다. 홀수 픽셀은 아래쪽과 오른쪽에 채웁니다 (Keras와 같음).</translation>
    </message>
    <message>
        <source>How W is initialised; fans count the window: kh * kw * channels.</source>
        <translation>W의 가중치 초기값을 정하는 방법. 입력 수(fan)는 창 크기를 셉니다: kh * kw * 채널 수.</translation>
    </message>
    <message>
        <source>Keeps the largest value of each window: a smaller image that keeps the strongest responses.</source>
        <translation>최대 풀링: 창마다 가장 큰 값을 남깁니다. 가장 강한 반응을 간직한 작은 이미지가 됩니다.</translation>
    </message>
    <message>
        <source>Height and width of each window, e.g. 2 for 2x2.</source>
        <translation>창의 높이와 너비. 예: 2이면 2x2.</translation>
    </message>
    <message>
        <source>Step between windows; empty (null, the default) means pool_size.</source>
        <translation>창 사이의 간격. 비워 두면(null, 기본값) pool_size와 같습니다.</translation>
    </message>
    <message>
        <source>Averages each window: a smaller, smoother image.</source>
        <translation>평균 풀링: 창마다 평균을 냅니다. 더 작고 매끄러운 이미지가 됩니다.</translation>
    </message>
    <message>
        <source>Gives each sample another shape with the same number of values, e.g. (64,) to (8, 8, 1).</source>
        <translation>값의 개수는 그대로 두고 각 샘플의 형태를 바꿉니다. 예: (64,) → (8, 8, 1).</translation>
    </message>
    <message>
        <source>The new shape of one sample, e.g. [8, 8, 1].</source>
        <translation>샘플 하나의 새 형태. 예: [8, 8, 1].</translation>
    </message>
    <message>
        <source>Adds two or more inputs of one shape: with a layer's own input, a residual connection.</source>
        <translation>형태가 같은 입력 둘 이상을 더합니다. 층의 입력을 그 층의 출력에 더하면 잔차 연결(residual connection)이 됩니다.</translation>
    </message>
    <message>
        <source>Joins two or more inputs along an axis, in the order their connections were made.</source>
        <translation>입력 둘 이상을 한 축을 따라 이어 붙입니다. 순서는 연결한 순서입니다.</translation>
    </message>
    <message>
        <source>Axis to join along, as in Keras: -1 the last (channels or features), 1 the first after the batch.</source>
        <translation>이어 붙일 축 (Keras와 같은 의미): -1은 마지막 축 (채널 또는 특성), 1은 배치 다음의 첫 축.</translation>
    </message>
    <message>
        <source>Which toy dataset.</source>
        <translation>어떤 toy 데이터셋인지.</translation>
    </message>
    <message>
        <source>Number of samples.</source>
        <translation>샘플 수.</translation>
    </message>
    <message>
        <source>Noise added to the points.</source>
        <translation>점에 더하는 노이즈.</translation>
    </message>
    <message>
        <source>Number of classes (spiral and gaussians).</source>
        <translation>클래스 수 (spiral과 gaussians).</translation>
    </message>
    <message>
        <source>Which bundled dataset.</source>
        <translation>함께 제공되는 데이터셋 중 무엇인지.</translation>
    </message>
    <message>
        <source>CSV file; a relative path is taken from the design's folder.</source>
        <translation>CSV 파일. 상대 경로는 설계 파일의 폴더를 기준으로 합니다.</translation>
    </message>
    <message>
        <source>Name of the target column.</source>
        <translation>예측할 열의 이름.</translation>
    </message>
    <message>
        <source>Classify the target's labels, or predict its value.</source>
        <translation>타깃의 레이블을 분류할지, 값을 예측할지.</translation>
    </message>
    <message>
        <source>Classify the points' classes, or predict their values.</source>
        <translation>점의 클래스를 분류할지, 값을 예측할지.</translation>
    </message>
    <message>
        <source>The points, [x1, x2, class or value] each.</source>
        <translation>점 목록. 각 점은 [x1, x2, 클래스 또는 값].</translation>
    </message>
    <message>
        <source>Feature scaling, fitted on the training split only.</source>
        <translation>특성 스케일링. 학습 데이터에만 맞춥니다.</translation>
    </message>
    <message>
        <source>Fraction of the samples held out for validation (a stratified random split).</source>
        <translation>검증용으로 떼어 두는 샘플 비율 (층화 무작위 분할).</translation>
    </message>
    <message>
        <source>What training minimises, averaged over the batch (Keras' and torch's convention). mse: the mean of (y - t)**2 over the samples and the outputs. sum_squared_error: 0.5 * sum((y - t)**2) per sample, the SSE of Deep Learning from Scratch. The cross-entropies are computed from the logits, before the Sigmoid or Softmax: exact and stable, where the book adds 1e-7 inside log(y).</source>
        <translation>학습이 최소화하는 손실 함수. 배치에 대해 평균합니다(Keras와 torch의 방식). mse: 샘플과 출력 전체에 대한 (y - t)**2의 평균(평균 제곱 오차). sum_squared_error: 샘플마다 0.5 * sum((y - t)**2), 밑바닥부터 시작하는 딥러닝의 오차제곱합(SSE). 교차 엔트로피 오차는 Sigmoid나 Softmax 앞의 값(logit)에서 바로 계산하므로 정확하고 안정적입니다. 책은 log(y) 안에 1e-7을 더합니다.</translation>
    </message>
    <message>
        <source>Samples per gradient step.</source>
        <translation>경사 하강 한 번에 쓰는 샘플 수.</translation>
    </message>
    <message>
        <source>Passes over the training data.</source>
        <translation>훈련 데이터를 몇 번 반복할지(에포크).</translation>
    </message>
    <message>
        <source>Seeds the weights, the split, the shuffling and dropout.</source>
        <translation>가중치, 분할, 섞기, 드롭아웃의 난수 시드.</translation>
    </message>
    <message>
        <source>Adds l1 * sum(|W|) for every Dense W.</source>
        <translation>모든 Dense의 W에 대해 l1 * sum(|W|)를 더합니다.</translation>
    </message>
    <message>
        <source>Adds l2 * sum(W**2) for every Dense W (Keras' regularizer), so the gradient gains 2 * l2 * W; the optimizer's weight_decay adds weight_decay * W, half as much for the same number.</source>
        <translation>모든 Dense의 W에 대해 l2 * sum(W**2)를 더합니다(Keras의 규제). 그래서 기울기에 2 * l2 * W가 더해집니다. 옵티마이저의 weight_decay는 weight_decay * W를 더하므로, 같은 숫자라면 절반입니다.</translation>
    </message>
    <message>
        <source>Stop when the monitored metric stops improving.</source>
        <translation>지켜보는 지표가 더 나아지지 않으면 멈춥니다.</translation>
    </message>
    <message>
        <source>Metric to watch.</source>
        <translation>지켜볼 지표.</translation>
    </message>
    <message>
        <source>Epochs without improvement before stopping.</source>
        <translation>멈추기 전까지 개선 없이 기다릴 에포크 수.</translation>
    </message>
    <message>
        <source>Smallest change that counts as an improvement.</source>
        <translation>개선으로 인정하는 최소 변화량.</translation>
    </message>
    <message>
        <source>Go back to the best epoch's weights.</source>
        <translation>가장 좋았던 에포크의 가중치로 되돌립니다.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>학습률.</translation>
    </message>
    <message>
        <source>Adds weight_decay * w to every gradient (torch's meaning, biases included); the training setting l2 adds 2 * l2 * W, twice as much for the same number.</source>
        <translation>모든 기울기에 weight_decay * w를 더합니다(torch와 같은 의미, 편향 포함). 학습 설정 l2는 2 * l2 * W를 더하므로, 같은 숫자라면 두 배입니다.</translation>
    </message>
    <message>
        <source>Fraction of the previous step kept.</source>
        <translation>이전 이동량을 유지하는 비율.</translation>
    </message>
    <message>
        <source>Added to the denominator.</source>
        <translation>분모에 더하는 값.</translation>
    </message>
    <message>
        <source>Smoothing constant of the squared-gradient average.</source>
        <translation>기울기 제곱 평균의 평활 상수.</translation>
    </message>
    <message>
        <source>Decay of the gradient average.</source>
        <translation>기울기 평균의 감쇠율.</translation>
    </message>
    <message>
        <source>Decay of the squared-gradient average.</source>
        <translation>기울기 제곱 평균의 감쇠율.</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <source>{share:.0%} of the outputs of {layer} are within {margin} of the {kind}'s limits, where it is flat</source>
        <translation>{layer} 층 출력의 {share:.0%}가 {kind}의 한계값에서 {margin} 이내, 기울기가 거의 0인 평평한 구간에 있습니다</translation>
    </message>
    <message>
        <source>Where a {kind} is flat its slope is almost zero, so almost no gradient passes back through it. Weights that are too large (or inputs that are not scaled) push its inputs there.</source>
        <translation>{kind}가 평평한 구간에서는 기울기가 거의 0이라 역전파로 기울기가 거의 전달되지 않습니다. 가중치가 너무 크거나 입력을 스케일링하지 않으면 입력이 그 구간으로 밀려납니다.</translation>
    </message>
    <message>
        <source>Use Xavier initialisation (xavier_normal) in the Dense layer before it.</source>
        <translation>앞의 Dense 층에 Xavier 초기값(xavier_normal)을 쓰세요.</translation>
    </message>
    <message>
        <source>Add batch normalisation before the activation.</source>
        <translation>활성화 함수 앞에 배치 정규화를 넣으세요.</translation>
    </message>
    <message>
        <source>Try ReLU with He initialisation instead.</source>
        <translation>대신 He 초기값과 함께 ReLU를 써 보세요.</translation>
    </message>
    <message>
        <source>Lower the learning rate.</source>
        <translation>학습률을 낮추세요.</translation>
    </message>
    <message>
        <source>{share:.0%} of the units of {layer} are dead: zero on every probe sample</source>
        <translation>{layer} 층 뉴런의 {share:.0%}가 죽었습니다: 모든 검사 샘플에서 출력이 0입니다</translation>
    </message>
    <message>
        <source>A ReLU whose input is negative for every sample outputs 0 and passes no gradient back, so the weights feeding it never change again. Large negative biases and a learning rate that is too high cause it.</source>
        <translation>모든 샘플에서 입력이 음수인 ReLU는 0을 출력하고 기울기를 전혀 전달하지 않으므로, 그 앞의 가중치는 다시는 바뀌지 않습니다. 큰 음수 편향이나 너무 높은 학습률이 원인입니다.</translation>
    </message>
    <message>
        <source>Use He initialisation (he_normal) in the Dense layer before it.</source>
        <translation>앞의 Dense 층에 He 초기값(he_normal)을 쓰세요.</translation>
    </message>
    <message>
        <source>Use LeakyReLU, which keeps a small slope below 0.</source>
        <translation>0 아래에서도 작은 기울기를 유지하는 LeakyReLU를 쓰세요.</translation>
    </message>
    <message>
        <source>The gradient reaching {layer} is {ratio:.1e} of the top layer's: its weights barely learn</source>
        <translation>{layer} 층에 도달하는 기울기가 맨 위 층의 {ratio:.1e}배입니다(기울기 소실): 가중치가 거의 학습되지 않습니다</translation>
    </message>
    <message>
        <source>On the way down every Sigmoid or Tanh multiplies the gradient by its slope (at most 0.25 for a Sigmoid), and a dead or saturated layer passes almost none, so the lower layers get almost nothing to learn from.</source>
        <translation>역전파 중 Sigmoid나 Tanh를 지날 때마다 기울기에 그 함수의 기울기(Sigmoid는 최대 0.25)가 곱해지고, 죽었거나 포화된 층은 기울기를 거의 전달하지 않으므로 아래층은 배울 것이 거의 없습니다.</translation>
    </message>
    <message>
        <source>Use ReLU with He initialisation (he_normal).</source>
        <translation>He 초기값(he_normal)과 함께 ReLU를 쓰세요.</translation>
    </message>
    <message>
        <source>Add batch normalisation between the layers.</source>
        <translation>층 사이에 배치 정규화를 넣으세요.</translation>
    </message>
    <message>
        <source>Use LeakyReLU if ReLUs are dying.</source>
        <translation>ReLU가 죽는다면 LeakyReLU를 쓰세요.</translation>
    </message>
    <message>
        <source>Use fewer layers.</source>
        <translation>층 수를 줄이세요.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
</TS>
