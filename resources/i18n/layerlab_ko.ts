<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>학습률</translation>
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
        <translation>파라미터</translation>
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
        <source>Lay the network out as a neat stack</source>
        <translation>네트워크를 깔끔한 층 쌓기로 배치합니다</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
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
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
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
        <translation>가중치 초기화(&amp;R)</translation>
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
        <source>Train the design once per activation, initialiser, optimizer or learning rate, and compare the runs</source>
        <translation>활성화 함수, 초기화, 옵티마이저, 학습률마다 설계를 한 번씩 학습시키고 실행들을 비교합니다</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>학습(&amp;R)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
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
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>LayerLab did not close properly last time. Restore the unsaved design from %1?</source>
        <translation>지난번에 LayerLab이 제대로 종료되지 않았습니다. %1에 저장되지 않은 설계를 복구할까요?</translation>
    </message>
    <message>
        <source>The next run starts from fresh weights.</source>
        <translation>다음 학습은 새로 초기화한 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <source>Training: the network's structure is locked until it stops.</source>
        <translation>학습 중: 학습이 멈출 때까지 네트워크 구조를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>epoch %1 of %2 · %3 samples/s · %4 s left</source>
        <translation>에포크 %1 / %2 · 초당 %3 샘플 · %4초 남음</translation>
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
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>another design: %1</source>
        <translation>다른 설계: %1</translation>
    </message>
    <message>
        <source>Variant sweep stopped; %1 variants not trained.</source>
        <translation>변형 실행을 멈췄습니다. %1개의 변형은 학습하지 않았습니다.</translation>
    </message>
    <message>
        <source>Variant sweep done: %1 runs, compared in the Runs dock.</source>
        <translation>변형 실행 완료: 실행 %1개를 실행 기록 창에서 비교합니다.</translation>
    </message>
    <message>
        <source>Cannot check the gradients: %1</source>
        <translation>기울기를 검사할 수 없습니다: %1</translation>
    </message>
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
    <message>
        <source>Welcome to LayerLab</source>
        <translation>LayerLab에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Drag layers from the palette onto the canvas: dropped below the last layer, they join the stack. Pick the data and optimizer in Properties (click the empty canvas), then train.</source>
        <translation>팔레트에서 레이어를 캔버스로 끌어다 놓으세요. 마지막 레이어 아래에 놓으면 자동으로 연결됩니다. 빈 캔버스를 클릭하고 속성에서 데이터와 옵티마이저를 고른 다음 학습하세요.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>예제</translation>
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
    <name>Palette</name>
    <message>
        <source>Filter layers…</source>
        <translation>레이어 찾기…</translation>
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
        <translation>파라미터 수</translation>
    </message>
    <message>
        <source>Total params: %1</source>
        <translation>전체 파라미터: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
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
        <source>Now: log10 of the gradients reaching each layer, on a probe batch of validation samples. Far to the left means vanishing.</source>
        <translation>현재: 각 층에 도달하는 기울기의 log10 값 (검증 샘플 탐침 배치). 왼쪽 끝으로 몰릴수록 기울기가 소실되고 있다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Now: each layer's outputs on a probe batch of validation samples. A Sigmoid piled at 0 and 1 is saturated; a ReLU piled at 0 has dead units.</source>
        <translation>현재: 검증 샘플 탐침 배치에서 각 층의 출력. Sigmoid가 0과 1에 몰려 있으면 포화된 것이고, ReLU가 0에 몰려 있으면 죽은 유닛이 있는 것입니다.</translation>
    </message>
    <message>
        <source>Each layer's weights W: left, their distribution over the epochs (darker means more weights); right, now.</source>
        <translation>각 층의 가중치 W: 왼쪽은 에포크에 따른 분포 (진할수록 가중치가 많음), 오른쪽은 현재 분포입니다.</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>No parameters</source>
        <translation>파라미터 없음</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>학습 설정</translation>
    </message>
    <message>
        <source>Select a layer to edit its parameters.</source>
        <translation>레이어를 선택하면 파라미터를 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>toy: generated 2-D sets; builtin: bundled real datasets; csv: your own file</source>
        <translation>toy: 생성한 2차원 데이터, builtin: 함께 제공되는 실제 데이터, csv: 직접 준비한 파일</translation>
    </message>
    <message>
        <source>Choose CSV file…</source>
        <translation>CSV 파일 선택…</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
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
        <translation>옵티마이저</translation>
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
        <source>Set data source</source>
        <translation>데이터 소스 설정</translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation>옵티마이저 설정</translation>
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
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Edge %1 → %2; select it and press Delete to remove it</source>
        <translation>연결 %1 → %2. 선택하고 Delete를 누르면 지워집니다</translation>
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
        <translation>완전 연결 레이어: x @ W + b.</translation>
    </message>
    <message>
        <source>Number of output units (neurons).</source>
        <translation>출력 유닛(뉴런)의 수.</translation>
    </message>
    <message>
        <source>How W is initialised (Keras' default is xavier_uniform, 'glorot_uniform').</source>
        <translation>W의 초기화 방법 (Keras의 기본값은 xavier_uniform, 'glorot_uniform').</translation>
    </message>
    <message>
        <source>Standard deviation for the 'normal' initialiser.</source>
        <translation>'normal' 초기화의 표준편차.</translation>
    </message>
    <message>
        <source>Add a bias vector b.</source>
        <translation>편향 벡터 b를 더합니다.</translation>
    </message>
    <message>
        <source>Flattens each sample to one dimension, e.g. (8, 8) to (64,).</source>
        <translation>각 샘플을 1차원으로 펼칩니다. 예: (8, 8) → (64,).</translation>
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
        <source>1 / (1 + exp(-x)): squashes to (0, 1); its gradient is at most 0.25.</source>
        <translation>1 / (1 + exp(-x)): (0, 1)로 압축합니다. 기울기는 최대 0.25입니다.</translation>
    </message>
    <message>
        <source>tanh(x): squashes to (-1, 1), centred on 0.</source>
        <translation>tanh(x): 0을 중심으로 (-1, 1)로 압축합니다.</translation>
    </message>
    <message>
        <source>The perceptron's step: 1 for x &gt; 0, else 0. Its gradient is zero, so it cannot learn by gradient descent.</source>
        <translation>퍼셉트론의 계단 함수: x &gt; 0이면 1, 아니면 0. 기울기가 0이라서 경사 하강법으로 학습할 수 없습니다.</translation>
    </message>
    <message>
        <source>In training, drops a fraction of the units at random (inverted dropout); does nothing in inference.</source>
        <translation>학습 중에 유닛 일부를 무작위로 끕니다(역 드롭아웃). 추론할 때는 아무것도 하지 않습니다.</translation>
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
        <source>Feature scaling, fitted on the training split only.</source>
        <translation>특성 스케일링. 학습 데이터에만 맞춥니다.</translation>
    </message>
    <message>
        <source>Fraction of the samples held out for validation (a stratified random split).</source>
        <translation>검증용으로 떼어 두는 샘플 비율 (층화 무작위 분할).</translation>
    </message>
    <message>
        <source>What training minimises.</source>
        <translation>학습이 최소화하는 값.</translation>
    </message>
    <message>
        <source>Samples per gradient step.</source>
        <translation>경사 하강 한 번에 쓰는 샘플 수.</translation>
    </message>
    <message>
        <source>Passes over the training data.</source>
        <translation>학습 데이터를 몇 번 반복할지.</translation>
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
        <source>Adds l2 * sum(W**2) for every Dense W.</source>
        <translation>모든 Dense의 W에 대해 l2 * sum(W**2)를 더합니다.</translation>
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
        <source>Adds weight_decay * w to every gradient (torch's meaning).</source>
        <translation>모든 기울기에 weight_decay * w를 더합니다 (torch와 같은 의미).</translation>
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
</TS>
